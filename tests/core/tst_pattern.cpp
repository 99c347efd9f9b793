#include <cashews/pattern.h>

#include <QTest>

using namespace cashews;

class PatternTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("all") << "*" << "anything" << true;
        QTest::newRow("empty text, star") << "*" << "" << true;
        QTest::newRow("literal") << "abc" << "abc" << true;
        QTest::newRow("literal mismatch") << "abc" << "abd" << false;
        QTest::newRow("prefix star") << "user:*" << "user:1:name" << true;
        QTest::newRow("infix star") << "user:*:name" << "user:1:name" << true;
        QTest::newRow("infix star mismatch") << "user:*:name" << "user:1:mail" << false;
        QTest::newRow("backtracking") << "*a*b*c" << "xaxbxbxc" << true;
        QTest::newRow("backtracking fails") << "*a*b*c" << "xaxcxb" << false;
        QTest::newRow("question") << "k?" << "k1" << true;
        QTest::newRow("question needs a char") << "k?" << "k" << false;
        QTest::newRow("dot is literal") << "a.b" << "axb" << false;
        QTest::newRow("class range") << "k[0-9]" << "k5" << true;
        QTest::newRow("class range out") << "k[0-9]" << "kx" << false;
        QTest::newRow("reversed range") << "k[9-0]" << "k5" << true;
        QTest::newRow("class list") << "h[ae]llo" << "hello" << true;
        QTest::newRow("negated class") << "h[^e]llo" << "hallo" << true;
        QTest::newRow("negated class out") << "h[^e]llo" << "hello" << false;
        QTest::newRow("escaped star") << "a\\*" << "a*" << true;
        QTest::newRow("escaped star is literal") << "a\\*" << "ab" << false;
        QTest::newRow("escaped bracket") << "\\[x\\]" << "[x]" << true;
        QTest::newRow("escape in class") << "[\\]]" << "]" << true;
        QTest::newRow("unicode") << "ü*" << "über" << true;
        QTest::newRow("trailing stars") << "a**" << "a" << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(GlobPattern(pattern).matches(text), match);
    }

    void literalPrefix()
    {
        QCOMPARE(GlobPattern(QStringLiteral("user:*")).literalPrefix(), QStringLiteral("user:"));
        QCOMPARE(GlobPattern(QStringLiteral("a\\*b*")).literalPrefix(), QStringLiteral("a*b"));
        QCOMPARE(GlobPattern(QStringLiteral("[ab]c")).literalPrefix(), QString());
        QVERIFY(GlobPattern(QStringLiteral("a.b")).isLiteral());
        QVERIFY(GlobPattern(QStringLiteral("a\\*")).isLiteral());
        QVERIFY(!GlobPattern(QStringLiteral("a?")).isLiteral());
    }
};

QTEST_GUILESS_MAIN(PatternTest)
#include "tst_pattern.moc"
