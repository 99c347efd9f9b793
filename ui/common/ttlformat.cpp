#include "common/ttlformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace cashews {

QString TtlFormat::remaining(qint64 ms)
{
    if (ms == -1)
        return QCoreApplication::translate("cashews::TtlFormat", "no expiry");
    if (ms < 0)
        return QCoreApplication::translate("cashews::TtlFormat", "expired");
    const qint64 totalSeconds = (ms + 999) / 1000;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = (totalSeconds / 3600) % 24;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (days > 0)
        return QCoreApplication::translate("cashews::TtlFormat", "%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("cashews::TtlFormat", "%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("cashews::TtlFormat", "%1m %2s").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("cashews::TtlFormat", "%1s").arg(seconds);
}

QString TtlFormat::bytes(qint64 size)
{
    if (size < 0)
        return {};
    // Below 1 KiB Qt says bytes whatever the number, and only in English without the qtbase catalogue.
    if (size < 1024) {
        const int count = static_cast<int>(size); // lupdate misreads a cast inside translate()
        return QCoreApplication::translate("cashews::TtlFormat", "%Ln byte(s)", nullptr, count);
    }
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

QString TtlFormat::percent(double fraction)
{
    return QCoreApplication::translate("cashews::TtlFormat", "%1%").arg(QLocale().toString(100.0 * fraction, 'f', 1));
}

} // namespace cashews
