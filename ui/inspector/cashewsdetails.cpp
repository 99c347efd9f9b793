#include "inspector/cashewsdetails.h"

#include "common/keymeaning.h"
#include "common/ttlformat.h"
#include "inspector/valuetreemodel.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/keycodec.h>
#include <cashews/pytypes.h>

#include <QCoreApplication>
#include <QDateTime>

namespace cashews {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// "in 3m 20s" / "3m 20s ago" relative to now.
QString relative(qint64 atMs)
{
    const qint64 delta = atMs - nowMs();
    if (delta >= 0)
        return CashewsDetails::tr("in %1").arg(TtlFormat::remaining(delta));
    return CashewsDetails::tr("%1 ago").arg(TtlFormat::remaining(-delta));
}

// Rows for a sliding window (a zset of call timestamps in seconds, oldest first).
QString windowRows(const QString &countLabel, const QList<double> &calls)
{
    QString rows = row(countLabel, QString::number(calls.size()));
    if (!calls.isEmpty()) {
        rows += row(CashewsDetails::tr("Oldest call in window"), relative(static_cast<qint64>(calls.constFirst() * 1000.0)));
        rows += row(CashewsDetails::tr("Latest call"), relative(static_cast<qint64>(calls.constLast() * 1000.0)));
    }
    return rows;
}

} // namespace

QCoro::Task<QString> CashewsDetails::describe(std::shared_ptr<Cache> cache, QString key, DecodedValue decoded, qint64 ttlMs)
{
    const KeyMeaning meaning = KeyMeaning::classify(key);
    QString rows = row(tr("Strategy"), KeyMeaning::strategyLabel(meaning.strategy));
    if (!meaning.group.isEmpty())
        rows += row(tr("Function / template"), meaning.group);
    if (!meaning.role.isEmpty())
        rows += row(tr("Role"), meaning.role);
    rows += row(tr("Hard TTL"), TtlFormat::remaining(ttlMs));

    using Strategy = KeyMeaning::Strategy;
    const QVariantList pair = decoded.value.toList();
    // Python writes these datetimes with microseconds (a PyDateTime).
    const std::optional<QDateTime> pairTime = pair.size() == 2 ? toDateTime(pair.at(0)) : std::nullopt;
    if ((meaning.strategy == Strategy::Early || meaning.strategy == Strategy::Soft) && meaning.role.isEmpty() && pairTime) {
        const QDateTime until = *pairTime;
        const bool fresh = until.toMSecsSinceEpoch() >= nowMs();
        rows += row(meaning.strategy == Strategy::Early ? tr("Fresh until") : tr("Soft expiry"),
                    dateTimeIsoFormat(pair.at(0)) + QStringLiteral(" (") + relative(until.toMSecsSinceEpoch()) + QLatin1Char(')'));
        rows += row(tr("State"), fresh ? tr("fresh") : tr("stale: served while a refresh runs"));
        rows += row(tr("Result"), ValueTreeModel::summary(pair.at(1)));
        if (meaning.strategy == Strategy::Early) {
            const bool refreshing = co_await cache->exists(key + QStringLiteral(":lock"));
            rows += row(tr("Refresh lock"), refreshing ? tr("held (a refresh is running)") : tr("free"));
        }
    } else if ((meaning.strategy == Strategy::Hit || meaning.strategy == Strategy::Dynamic) && meaning.role.isEmpty()) {
        const QVariant counter = co_await cache->getRaw(key + QStringLiteral(":counter"));
        rows += row(tr("Hits so far"), counter.isValid() ? counter.toString() : tr("none"));
    } else if (meaning.isLock()) {
        rows += row(tr("Owner value"), decoded.raw.isEmpty() ? ValueTreeModel::summary(decoded.value)
                                                             : displayKey(QString::fromUtf8(decoded.raw)));
        rows += row(tr("Remaining"), TtlFormat::remaining(ttlMs));
    } else if (meaning.strategy == Strategy::RateLimit) {
        rows += row(tr("Calls in window"), decoded.value.toString());
        rows += row(tr("Window resets"), TtlFormat::remaining(ttlMs));
    } else if (meaning.strategy == Strategy::SliceRateLimit) {
        const QList<double> calls = co_await cache->sliceEntries(key);
        rows += windowRows(tr("Calls in window"), calls);
        rows += row(tr("Sliding window ends"), TtlFormat::remaining(ttlMs));
    } else if (meaning.strategy == Strategy::CircuitBreaker) {
        QString base = key;
        if (!meaning.role.isEmpty())
            base.chop(meaning.role.size() + 1);
        const bool open = co_await cache->exists(base + QStringLiteral(":open"));
        const bool halfOpen = co_await cache->exists(base + QStringLiteral(":halfopen"));
        const qint64 openMs = open ? co_await cache->getExpireMs(base + QStringLiteral(":open")) : -2;
        QString state = open ? tr("open (closes %1)").arg(relative(nowMs() + openMs))
                             : (halfOpen ? tr("half-open") : tr("closed"));
        rows += row(tr("Breaker state"), state);
        // The windows hold the calls of the last period (older entries are trimmed on each call).
        const QList<double> calls = co_await cache->sliceEntries(base + QStringLiteral(":total"));
        const QList<double> failures = co_await cache->sliceEntries(base + QStringLiteral(":fails"));
        rows += windowRows(tr("Calls in window"), calls);
        rows += row(tr("Failures in window"), QString::number(failures.size()));
        rows += row(tr("Failure ratio"), calls.isEmpty() ? tr("no calls")
                                                         : QStringLiteral("%1%").arg(100.0 * static_cast<double>(failures.size()) / static_cast<double>(calls.size()), 0, 'f', 1));
    } else if (meaning.strategy == Strategy::Tag) {
        const QStringList members = co_await cache->setMembers(key);
        int dangling = 0;
        for (const QString &member : members) {
            if (!co_await cache->exists(member))
                ++dangling;
        }
        rows += row(tr("Members"), QString::number(members.size()));
        rows += row(tr("Dangling members"), QString::number(dangling));
    }
    co_return QStringLiteral("<table cellspacing=\"4\">") + rows + QStringLiteral("</table>");
}

} // namespace cashews
