#pragma once

#include <QString>
#include <QStringList>

// The values the crash test writes: long enough to span several SQLite pages, and
// self-describing, so a torn write (a mix of two rounds or a cut-off value) is detectable.
namespace cashews::test {

inline QString burstValue(int round, int index)
{
    const QChar fill(QLatin1Char(char('a' + (round + index) % 26)));
    return QStringLiteral("r%1:i%2:").arg(round).arg(index) + QString(20000, fill) + QStringLiteral(":end");
}

// The round of a well-formed value for `index`, or -1 when the value is torn or foreign.
inline int burstRound(const QString &value, int index)
{
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() != 4 || !parts[0].startsWith(QLatin1Char('r')))
        return -1;
    bool ok = false;
    const int round = parts[0].mid(1).toInt(&ok);
    if (!ok || round < 0)
        return -1;
    return value == burstValue(round, index) ? round : -1;
}

} // namespace cashews::test
