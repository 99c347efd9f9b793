#include <cashews/errors.h>
#include <cashews/keycontext.h>
#include <cashews/keyformatter.h>
#include <cashews/keytemplate.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QObject>
#include <QTest>

using namespace cashews;

namespace {

struct Point
{
    Q_GADGET
    Q_PROPERTY(int x MEMBER x)
public:
    int x = 0;
    int y = 0;
};

struct Opaque
{
    int id = 0;
    bool operator==(const Opaque &) const = default;
};

class Owner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString host READ host CONSTANT)
public:
    QString host() const { return QStringLiteral("example.com"); }
};

QString render(const QString &text, const QStringList &params, const QVariantList &args)
{
    return KeyTemplate(text, params).render(args);
}

} // namespace

Q_DECLARE_METATYPE(Point)
Q_DECLARE_METATYPE(Opaque)

class KeyTemplateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTemplate()
    {
        const QStringList params{QStringLiteral("user"), QStringLiteral("version")};
        const QString text = KeyTemplate::defaultTemplate(QStringLiteral("app:getName"), params);
        QCOMPARE(text, QStringLiteral("app:getName:user:{user}:version:{version}"));
        const QVariantList args{QStringLiteral("me"), QStringLiteral("v2")};
        QCOMPARE(render(text, params, args), QStringLiteral("app:getName:user:me:version:v2"));
        QVERIFY(!KeyTemplate(text, params).isConstant());
        QVERIFY(KeyTemplate(QStringLiteral("fixed"), params).isConstant());
    }

    void valueRendering_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("str") << QVariant(QStringLiteral("abc")) << QStringLiteral("abc");
        QTest::newRow("true") << QVariant(true) << QStringLiteral("true");
        QTest::newRow("false") << QVariant(false) << QStringLiteral("false");
        QTest::newRow("int") << QVariant(qlonglong(-42)) << QStringLiteral("-42");
        QTest::newRow("float") << QVariant(1.5) << QStringLiteral("1.5");
        QTest::newRow("none") << none() << QString();
        QTest::newRow("utf8 bytes") << QVariant(QByteArray("h\xc3\xa9")) << QStringLiteral("h\u00e9");
        QTest::newRow("binary bytes") << QVariant(QByteArray("\xff\x00\x01", 3)) << QStringLiteral("ff0001");
        QTest::newRow("list") << QVariant(QVariantList{1, QStringLiteral("a"), true}) << QStringLiteral("1:a:true");
        QTest::newRow("dict sorted") << QVariant(QVariantMap{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}})
                                     << QStringLiteral("a:1:b:2");
        QTest::newRow("python tuple") << QVariant::fromValue(Tuple{{1, QStringLiteral("a")}}) << QStringLiteral("1:a");
        const Dict dict({{QStringLiteral("b"), 2}, {1, QStringLiteral("x")}});
        QTest::newRow("python dict") << QVariant::fromValue(dict) << QStringLiteral("1:x:b:2");
    }

    void valueRendering()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(render(QStringLiteral("k:{v}"), {QStringLiteral("v")}, {value}), QStringLiteral("k:") + expected);
    }

    void memberAccess()
    {
        const QVariantMap user{{QStringLiteral("uid"), 7}, {QStringLiteral("tags"), QVariantList{QStringLiteral("x"), QStringLiteral("y")}}};
        QCOMPARE(render(QStringLiteral("u:{user.uid}:{user[tags][1]}"), {QStringLiteral("user")}, {user}), QStringLiteral("u:7:y"));
        QCOMPARE(render(QStringLiteral("{p.x}"), {QStringLiteral("p")}, {QVariant::fromValue(Point{3, 4})}), QStringLiteral("3"));
        Owner owner;
        QCOMPARE(render(QStringLiteral("{self.host}"), {QStringLiteral("self")}, {QVariant::fromValue(&owner)}),
                 QStringLiteral("example.com"));
        KeyFormatter::registerAccessor(QMetaType::fromType<Opaque>(), [](const QVariant &v, const QString &name) {
            return name == QLatin1String("id") ? QVariant(v.value<Opaque>().id) : QVariant();
        });
        QCOMPARE(render(QStringLiteral("{o.id}"), {QStringLiteral("o")}, {QVariant::fromValue(Opaque{9})}), QStringLiteral("9"));
        QVERIFY_THROWS_EXCEPTION(ValueError, render(QStringLiteral("{user.missing}"), {QStringLiteral("user")}, {user}));
    }

    void formatFunctions()
    {
        const QStringList params{QStringLiteral("s")};
        QCOMPARE(render(QStringLiteral("{s:lower}"), params, {QStringLiteral("AbC")}), QStringLiteral("abc"));
        QCOMPARE(render(QStringLiteral("{s:upper}"), params, {QStringLiteral("AbC")}), QStringLiteral("ABC"));
        QCOMPARE(render(QStringLiteral("{s:len}"), params, {QStringLiteral("h\u00e9llo")}), QStringLiteral("5"));
        QCOMPARE(render(QStringLiteral("{s:hash}"), params, {QStringLiteral("abc")}), QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(render(QStringLiteral("{s:hash(sha1)}"), params, {QStringLiteral("abc")}),
                 QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
        QVERIFY(render(QStringLiteral("{s:hash(sha256)}"), params, {QStringLiteral("abc")}).startsWith(QStringLiteral("ba7816bf")));
        // header.payload.signature with payload {"sub":"user1","role":"admin"}
        const QString payload = QString::fromLatin1(QByteArray(R"({"sub":"user1","role":"admin"})")
                                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + payload + QStringLiteral(".sig");
        QCOMPARE(render(QStringLiteral("u:{s:jwt(sub)}"), params, {token}), QStringLiteral("u:user1"));
        QVERIFY_THROWS_EXCEPTION(ValueError, render(QStringLiteral("{s:jwt(sub)}"), params, {QStringLiteral("nodots")}));
    }

    void contextScope()
    {
        const KeyTemplate tmpl(QStringLiteral("t:{@:get(tenant)}:{id}"), {QStringLiteral("id")});
        QCOMPARE(tmpl.render(QVariantList{1}), QStringLiteral("t::1"));
        {
            KeyContext outer({{QStringLiteral("tenant"), QStringLiteral("a")}});
            QCOMPARE(tmpl.render(QVariantList{1}), QStringLiteral("t:a:1"));
            {
                KeyContext inner({{QStringLiteral("tenant"), QStringLiteral("b")}});
                QCOMPARE(tmpl.render(QVariantList{1}), QStringLiteral("t:b:1"));
            }
            QCOMPARE(tmpl.render(QVariantList{1}), QStringLiteral("t:a:1"));
        }
        QCOMPARE(tmpl.render(QVariantList{1}), QStringLiteral("t::1"));
    }

    void userFunctionsAndFormatters()
    {
        KeyFormatter::registerFunction(QStringLiteral("twice"), [](const QVariant &v, const QStringList &args) {
            return KeyFormatter::render(v).repeated(args.value(0, QStringLiteral("2")).toInt());
        });
        QCOMPARE(render(QStringLiteral("{s:twice(3)}"), {QStringLiteral("s")}, {QStringLiteral("ab")}), QStringLiteral("ababab"));
        KeyFormatter::registerType(QMetaType::fromType<Point>(), [](const QVariant &v) {
            const auto p = v.value<Point>();
            return QStringLiteral("%1x%2").arg(p.x).arg(p.y);
        });
        QCOMPARE(render(QStringLiteral("{p}"), {QStringLiteral("p")}, {QVariant::fromValue(Point{3, 4})}), QStringLiteral("3x4"));
        QVERIFY_THROWS_EXCEPTION(ValueError, render(QStringLiteral("{o}"), {QStringLiteral("o")}, {QVariant::fromValue(Opaque{1})}));
    }

    void escapes()
    {
        QCOMPARE(render(QStringLiteral("{{lit}}:{a}"), {QStringLiteral("a")}, {1}), QStringLiteral("{lit}:1"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown param") << QStringLiteral("user:{uid}") << QStringLiteral("'uid'");
        QTest::newRow("unknown attribute root") << QStringLiteral("user:{usr.uid}") << QStringLiteral("'usr'");
        QTest::newRow("unknown function") << QStringLiteral("{user:lowr}") << QStringLiteral("'lowr'");
        QTest::newRow("unclosed brace") << QStringLiteral("user:{user") << QStringLiteral("position 5");
        QTest::newRow("single close") << QStringLiteral("user}") << QStringLiteral("position 4");
        QTest::newRow("empty field") << QStringLiteral("a:{}") << QStringLiteral("''");
    }

    void validation()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        try {
            KeyTemplate tmpl(text, {QStringLiteral("user")});
            QFAIL("no WrongKeyError");
        } catch (const WrongKeyError &e) {
            QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(KeyTemplateTest)
#include "tst_keytemplate.moc"
