#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace cashews {

// A time-to-live. Empty (or zero) means "no expiry", as in cashews.
// Accepts seconds as int or double, std::chrono durations and strings like "1d2h3m50s".
class Ttl
{
public:
    Ttl() = default;
    Ttl(int seconds) : Ttl(static_cast<double>(seconds)) {}
    Ttl(long long seconds) : Ttl(static_cast<double>(seconds)) {}
    Ttl(double seconds);
    template<typename Rep, typename Period>
    Ttl(std::chrono::duration<Rep, Period> d)
        : Ttl(std::chrono::duration<double>(d).count())
    {
    }
    // Parses cashews' TTL syntax; throws ValueError naming the string when it is malformed.
    Ttl(const QString &text) : Ttl(parse(text)) {}
    Ttl(const char *text) : Ttl(parse(QString::fromUtf8(text))) {}

    // Parses "80", "1d2h3m50s", "5s10m" (order free, units d/h/m/s). "1.5h", "10x", "-1" are errors.
    static Ttl parse(const QString &text);
    static Ttl fromMilliseconds(qint64 ms);

    // True when there is a positive expiry.
    bool hasExpiry() const { return m_ms.has_value(); }
    // Milliseconds, or 0 when there is no expiry.
    qint64 milliseconds() const { return m_ms.value_or(0); }
    double seconds() const { return static_cast<double>(milliseconds()) / 1000.0; }
    explicit operator bool() const { return hasExpiry(); }
    bool operator==(const Ttl &other) const = default;

private:
    std::optional<qint64> m_ms;
};

} // namespace cashews
