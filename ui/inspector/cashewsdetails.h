#pragma once

#include "inspector/decodedvalue.h"

#include <QCoreApplication>
#include <QList>

#include <QCoro/QCoroTask>

#include <memory>

namespace cashews {

class Cache;

// The cashews-aware panel of the inspector: what a key means for its strategy (early
// "fresh until" vs hard TTL, hit counter, lock owner, rate-limit window, breaker state,
// tag members), read with a few extra commands. Rows that depend on the time keep the
// moment they refer to, so that render() counts them down without asking the store again.
class CashewsDetails
{
    Q_DECLARE_TR_FUNCTIONS(cashews::CashewsDetails)

public:
    struct Row
    {
        enum class Time : quint8 {
            None,     // `text` as it is
            Left,     // %1 in `text` is the time left until `atMs` ("3m 05s", "expired")
            Relative, // %1 in `text` is "in 3m 05s" / "3m 05s ago"
        };
        QString label;
        QString text;
        Time time = Time::None;
        qint64 atMs = 0;  // the moment `text` refers to (ms since the epoch)
        QString after;    // shown instead once `atMs` has passed (empty: keep `text`)
    };

    // The rows for `key` as stored (`ttlMs` read at `observedAtMs`), with translated text.
    static QCoro::Task<QList<Row>> describe(std::shared_ptr<Cache> cache, QString key, DecodedValue decoded,
                                            qint64 ttlMs, qint64 observedAtMs);
    // The rows as rich text at the current time.
    static QString render(const QList<Row> &rows);
};

} // namespace cashews
