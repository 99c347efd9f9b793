#include "inspector/cashewsdetails.h"

#include "common/keymeaning.h"
#include "common/ttlformat.h"
#include "inspector/valuetreemodel.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/keycodec.h>
#include <cashews/pytypes.h>

#include <QDateTime>

namespace cashews {

namespace {

using Row = CashewsDetails::Row;
using Time = Row::Time;

Row fixed(const QString &label, const QString &text)
{
    return Row{label, text, Time::None, 0, {}};
}

// The time left on a key read as `ttlMs` at `observedAtMs` (no expiry and missing as they are).
Row countdown(const QString &label, qint64 ttlMs, qint64 observedAtMs)
{
    if (ttlMs < 0)
        return fixed(label, TtlFormat::remaining(ttlMs));
    return Row{label, QStringLiteral("%1"), Time::Left, observedAtMs + ttlMs, {}};
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
QList<Row> windowRows(const QString &countLabel, const QList<double> &calls)
{
    QList<Row> rows{fixed(countLabel, QString::number(calls.size()))};
    if (!calls.isEmpty()) {
        rows.append(Row{CashewsDetails::tr("Oldest call in window"), QStringLiteral("%1"), Time::Relative,
                        static_cast<qint64>(calls.constFirst() * 1000.0), {}});
        rows.append(Row{CashewsDetails::tr("Latest call"), QStringLiteral("%1"), Time::Relative,
                        static_cast<qint64>(calls.constLast() * 1000.0), {}});
    }
    return rows;
}

// The freshness rows of an early or soft value [expire_at, result] (cashews-semantics 5.3, 5.4
// and core/src/strategies): early serves the value while one caller refreshes it in the
// background under "<key>:lock"; soft makes the next caller recompute inline and serves the
// stored value only when that call raises.
QList<Row> freshnessRows(bool early, const QVariant &expireAt, qint64 untilMs, bool lockHeld)
{
    QList<Row> rows;
    rows.append(Row{early ? CashewsDetails::tr("Fresh until") : CashewsDetails::tr("Soft expiry"),
                    dateTimeIsoFormat(expireAt) + QStringLiteral(" (%1)"), Time::Relative, untilMs, {}});
    QString stale;
    if (!early)
        stale = CashewsDetails::tr("soft-expired: the next call recomputes it and waits; this value is returned only if that call fails");
    else if (lockHeld)
        stale = CashewsDetails::tr("stale: a refresh is running (its lock is held); callers get this value meanwhile");
    else
        stale = CashewsDetails::tr("stale: the next call takes the refresh lock, refreshes in the background and still gets this value");
    rows.append(Row{CashewsDetails::tr("State"), CashewsDetails::tr("fresh: returned as it is for %1"), Time::Left, untilMs, stale});
    return rows;
}

} // namespace

QCoro::Task<QList<Row>> CashewsDetails::describe(std::shared_ptr<Cache> cache, QString key, DecodedValue decoded,
                                                 qint64 ttlMs, qint64 observedAtMs)
{
    const KeyMeaning meaning = KeyMeaning::classify(key);
    QList<Row> rows{fixed(tr("Strategy"), KeyMeaning::strategyLabel(meaning.strategy))};
    if (!meaning.group.isEmpty())
        rows.append(fixed(tr("Function / template"), meaning.group));
    if (!meaning.role.isEmpty())
        rows.append(fixed(tr("Role"), meaning.role));
    rows.append(countdown(tr("Hard TTL"), ttlMs, observedAtMs));

    using Strategy = KeyMeaning::Strategy;
    const QVariantList pair = decoded.value.toList();
    // Python writes these datetimes with microseconds (a PyDateTime).
    const std::optional<QDateTime> pairTime = pair.size() == 2 ? toDateTime(pair.at(0)) : std::nullopt;
    if ((meaning.strategy == Strategy::Early || meaning.strategy == Strategy::Soft) && meaning.role.isEmpty() && pairTime) {
        const bool early = meaning.strategy == Strategy::Early;
        const bool lockHeld = early && co_await cache->exists(key + QStringLiteral(":lock"));
        rows += freshnessRows(early, pair.at(0), pairTime->toMSecsSinceEpoch(), lockHeld);
        rows.append(fixed(tr("Result"), ValueTreeModel::summary(pair.at(1))));
        if (early)
            rows.append(fixed(tr("Refresh lock"), lockHeld ? tr("held (a refresh is running)") : tr("free")));
    } else if ((meaning.strategy == Strategy::Hit || meaning.strategy == Strategy::Dynamic) && meaning.role.isEmpty()) {
        const QVariant counter = co_await cache->getRaw(key + QStringLiteral(":counter"));
        rows.append(fixed(tr("Hits so far"), counter.isValid() ? counter.toString() : tr("none")));
    } else if (meaning.isLock()) {
        rows.append(fixed(tr("Owner value"), decoded.raw.isEmpty() ? ValueTreeModel::summary(decoded.value)
                                                                   : displayKey(QString::fromUtf8(decoded.raw))));
        rows.append(countdown(tr("Remaining"), ttlMs, observedAtMs));
    } else if (meaning.strategy == Strategy::RateLimit) {
        rows.append(fixed(tr("Calls in window"), decoded.value.toString()));
        rows.append(countdown(tr("Window resets"), ttlMs, observedAtMs));
    } else if (meaning.strategy == Strategy::SliceRateLimit) {
        const QList<double> calls = co_await cache->sliceEntries(key);
        rows += windowRows(tr("Calls in window"), calls);
        rows.append(countdown(tr("Sliding window ends"), ttlMs, observedAtMs));
    } else if (meaning.strategy == Strategy::CircuitBreaker) {
        QString base = key;
        if (!meaning.role.isEmpty())
            base.chop(meaning.role.size() + 1);
        const bool open = co_await cache->exists(base + QStringLiteral(":open"));
        const bool halfOpen = co_await cache->exists(base + QStringLiteral(":halfopen"));
        const qint64 openMs = open ? co_await cache->getExpireMs(base + QStringLiteral(":open")) : -2;
        if (open && openMs >= 0)
            rows.append(Row{tr("Breaker state"), tr("open (closes %1)"), Time::Relative, nowMs() + openMs,
                            tr("open period over: the next call probes it half-open")});
        else
            rows.append(fixed(tr("Breaker state"), open ? tr("open") : (halfOpen ? tr("half-open") : tr("closed"))));
        // The windows hold the calls of the last period (older entries are trimmed on each call).
        const QList<double> calls = co_await cache->sliceEntries(base + QStringLiteral(":total"));
        const QList<double> failures = co_await cache->sliceEntries(base + QStringLiteral(":fails"));
        rows += windowRows(tr("Calls in window"), calls);
        rows.append(fixed(tr("Failures in window"), QString::number(failures.size())));
        rows.append(fixed(tr("Failure ratio"), calls.isEmpty() ? tr("no calls")
                                                               : TtlFormat::percent(static_cast<double>(failures.size())
                                                                                    / static_cast<double>(calls.size()))));
    } else if (meaning.strategy == Strategy::Tag) {
        const QStringList members = co_await cache->setMembers(key);
        int dangling = 0;
        for (const QString &member : members) {
            if (!co_await cache->exists(member))
                ++dangling;
        }
        rows.append(fixed(tr("Members"), QString::number(members.size())));
        rows.append(fixed(tr("Dangling members"), QString::number(dangling)));
    }
    co_return rows;
}

QString CashewsDetails::render(const QList<Row> &rows)
{
    const qint64 now = nowMs();
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const Row &row : rows) {
        QString text;
        if (row.time != Time::None && now >= row.atMs && !row.after.isEmpty())
            text = row.after;
        else if (row.time == Time::Left)
            text = row.text.arg(TtlFormat::remaining(row.atMs > now ? row.atMs - now : -2));
        else if (row.time == Time::Relative)
            text = row.text.arg(relative(row.atMs));
        else
            text = row.text;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(row.label.toHtmlEscaped(), text.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace cashews
