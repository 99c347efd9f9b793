#include <cashews/scenarios/syntaxcheck.h>

#include <QTest>

using namespace cashews::scenarios;

class SyntaxCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesUnsupported_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("async function") << QStringLiteral("export async function f() {}") << QStringLiteral("'async' functions") << 1 << 8;
        QTest::newRow("async arrow") << QStringLiteral("const f = async () => 1;") << QStringLiteral("'async' functions") << 1 << 11;
        QTest::newRow("await") << QStringLiteral("function* f() {\n  const r = await g();\n}") << QStringLiteral("'await'") << 2 << 13;
        QTest::newRow("object spread") << QStringLiteral("const o = { ...base, a: 1 };") << QStringLiteral("object spread") << 1 << 13;
        QTest::newRow("object rest") << QStringLiteral("const { a, ...rest } = o;") << QStringLiteral("object spread") << 1 << 12;
        QTest::newRow("finally") << QStringLiteral("p.then(f).finally(g);") << QStringLiteral("Promise.prototype.finally") << 1 << 11;
        QTest::newRow("setTimeout") << QStringLiteral("\n\nsetTimeout(f, 10);") << QStringLiteral("setTimeout") << 3 << 1;
        QTest::newRow("catch without binding") << QStringLiteral("try { f(); } catch { }") << QStringLiteral("without a binding") << 1 << 14;
        QTest::newRow("dynamic import") << QStringLiteral("const m = import('x');") << QStringLiteral("dynamic import()") << 1 << 11;
    }
    void namesUnsupported()
    {
        QFETCH(QString, source);
        QFETCH(QString, words);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto findings = SyntaxCheck::scan(source);
        QVERIFY2(!findings.isEmpty(), qPrintable(source));
        QVERIFY2(findings.first().message.contains(words), qPrintable(findings.first().message));
        QCOMPARE(findings.first().line, line);
        QCOMPARE(findings.first().column, column);
    }

    void acceptsSupported_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("array and call spread") << QStringLiteral("const a = [...b]; f(...a); function g(...rest) {}");
        QTest::newRow("words in strings and comments")
            << QStringLiteral("// await setTimeout\nconst s = 'async () => await'; /* {...o} */ const t = `await ${x}`;");
        QTest::newRow("generator flow") << QStringLiteral("export function* flow(ctx) { const r = yield ctx.call('get'); }");
        QTest::newRow("property named like a keyword") << QStringLiteral("o.await = 1; o.async = 2; obj.setTimeout = 3;");
        QTest::newRow("regex with braces") << QStringLiteral("const re = /{...}/g; const d = a / b / c;");
        QTest::newRow("catch with binding") << QStringLiteral("try { f(); } catch (e) { }");
        QTest::newRow("Promise.all") << QStringLiteral("Promise.all([a, b]).then(f, f);");
    }
    void acceptsSupported()
    {
        QFETCH(QString, source);
        const auto findings = SyntaxCheck::scan(source);
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
    }
};

QTEST_APPLESS_MAIN(SyntaxCheckTest)
#include "tst_syntaxcheck.moc"
