#include "common/keymeaning.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

namespace cashews {

namespace {

using Strategy = KeyMeaning::Strategy;

// Longest prefixes first so that "early:v2" wins over a hypothetical "early".
const std::array<std::pair<QLatin1StringView, Strategy>, 14> Prefixes{{
    {QLatin1StringView("circuit_breaker"), Strategy::CircuitBreaker},
    {QLatin1StringView("rate_limit"), Strategy::RateLimit},
    {QLatin1StringView("dual_bloom"), Strategy::DualBloom},
    {QLatin1StringView("early:v2"), Strategy::Early},
    {QLatin1StringView("dynamic"), Strategy::Dynamic},
    {QLatin1StringView("cashews"), Strategy::ClientSide},
    {QLatin1StringView("locked"), Strategy::Locked},
    {QLatin1StringView("bloom"), Strategy::Bloom},
    {QLatin1StringView("fail"), Strategy::Failover},
    {QLatin1StringView("soft"), Strategy::Soft},
    {QLatin1StringView("lock"), Strategy::Lock},
    {QLatin1StringView("_tag"), Strategy::Tag},
    {QLatin1StringView("srl"), Strategy::SliceRateLimit},
    {QLatin1StringView("hit"), Strategy::Hit},
}};

// Companion keys a strategy writes next to its main key.
QString roleOf(Strategy strategy, const QString &rest)
{
    const QString last = rest.section(QLatin1Char(':'), -1);
    switch (strategy) {
    case Strategy::Early:
        return last == QLatin1StringView("lock") ? last : QString();
    case Strategy::Hit:
    case Strategy::Dynamic:
        return last == QLatin1StringView("counter") ? last : QString();
    case Strategy::CircuitBreaker:
        if (last == QLatin1StringView("open") || last == QLatin1StringView("halfopen")
            || last == QLatin1StringView("total") || last == QLatin1StringView("fails"))
            return last;
        return {};
    case Strategy::DualBloom:
        return last == QLatin1StringView("true") || last == QLatin1StringView("false") ? last : QString();
    default:
        return {};
    }
}

// cashews' default template starts with "module:function"; a user template's first two
// segments play the same role, so both group by them.
QString groupOf(const QString &rest, const QString &role)
{
    QString body = rest;
    if (!role.isEmpty())
        body.chop(role.size() + 1);
    const QStringList parts = body.split(QLatin1Char(':'));
    if (parts.size() <= 2)
        return body;
    return parts.at(0) + QLatin1Char(':') + parts.at(1);
}

} // namespace

KeyMeaning KeyMeaning::classify(const QString &key)
{
    KeyMeaning meaning;
    // Transaction locks start with ':' (cashews writes ":tx_lock:<key>" and ":serializable:lock").
    if (key.startsWith(QLatin1StringView(":tx_lock:")) || key == QLatin1StringView(":serializable:lock")) {
        meaning.strategy = Strategy::Transaction;
        meaning.prefix = key.startsWith(QLatin1StringView(":tx_lock:")) ? QStringLiteral(":tx_lock")
                                                                       : QStringLiteral(":serializable");
        meaning.group = key.mid(meaning.prefix.size() + 1);
        meaning.role = QStringLiteral("lock");
        return meaning;
    }
    for (const auto &[prefix, strategy] : Prefixes) {
        if (key.size() > prefix.size() && key.startsWith(prefix) && key.at(prefix.size()) == QLatin1Char(':')) {
            meaning.strategy = strategy;
            meaning.prefix = prefix;
            const QString rest = key.mid(prefix.size() + 1);
            meaning.role = roleOf(strategy, rest);
            meaning.group = strategy == Strategy::Tag ? rest.section(QLatin1Char(':'), 0, 0) : groupOf(rest, meaning.role);
            return meaning;
        }
    }
    meaning.group = groupOf(key, {});
    return meaning;
}

QString KeyMeaning::strategyLabel(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Cache: return QCoreApplication::translate("cashews::KeyMeaning", "cache");
    case Strategy::Early: return QCoreApplication::translate("cashews::KeyMeaning", "early");
    case Strategy::Failover: return QCoreApplication::translate("cashews::KeyMeaning", "failover");
    case Strategy::Soft: return QCoreApplication::translate("cashews::KeyMeaning", "soft");
    case Strategy::Hit: return QCoreApplication::translate("cashews::KeyMeaning", "hit");
    case Strategy::Dynamic: return QCoreApplication::translate("cashews::KeyMeaning", "dynamic");
    case Strategy::Lock: return QCoreApplication::translate("cashews::KeyMeaning", "lock");
    case Strategy::Locked: return QCoreApplication::translate("cashews::KeyMeaning", "locked");
    case Strategy::RateLimit: return QCoreApplication::translate("cashews::KeyMeaning", "rate limit");
    case Strategy::SliceRateLimit: return QCoreApplication::translate("cashews::KeyMeaning", "sliding rate limit");
    case Strategy::CircuitBreaker: return QCoreApplication::translate("cashews::KeyMeaning", "circuit breaker");
    case Strategy::Bloom: return QCoreApplication::translate("cashews::KeyMeaning", "bloom");
    case Strategy::DualBloom: return QCoreApplication::translate("cashews::KeyMeaning", "dual bloom");
    case Strategy::Tag: return QCoreApplication::translate("cashews::KeyMeaning", "tag");
    case Strategy::Transaction: return QCoreApplication::translate("cashews::KeyMeaning", "transaction lock");
    case Strategy::ClientSide: return QCoreApplication::translate("cashews::KeyMeaning", "client side");
    }
    return {};
}

bool KeyMeaning::isLock() const
{
    return strategy == Strategy::Lock || strategy == Strategy::Locked || strategy == Strategy::Transaction
        || (strategy == Strategy::Early && role == QLatin1StringView("lock"));
}

QString KeyMeaning::roleLabel(const QString &role)
{
    // The role names are also strategy names ("lock"): the comment keeps their translations apart.
    struct Text
    {
        const char *source;
        const char *comment;
    };
    struct Label
    {
        QLatin1StringView name;
        Text text;
    };
    static const std::array<Label, 8> Labels{{
        {QLatin1StringView("lock"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "lock", "companion key role")},
        {QLatin1StringView("counter"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "counter", "companion key role")},
        {QLatin1StringView("open"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "open", "companion key role")},
        {QLatin1StringView("halfopen"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "half-open", "companion key role")},
        {QLatin1StringView("total"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "total", "companion key role")},
        {QLatin1StringView("fails"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "fails", "companion key role")},
        {QLatin1StringView("true"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "true", "companion key role")},
        {QLatin1StringView("false"), QT_TRANSLATE_NOOP3("cashews::KeyMeaning", "false", "companion key role")},
    }};
    for (const Label &label : Labels) {
        if (role == label.name)
            return QCoreApplication::translate("cashews::KeyMeaning", label.text.source, label.text.comment);
    }
    return role;
}

} // namespace cashews
