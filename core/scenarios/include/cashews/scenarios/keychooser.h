#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariant>

namespace cashews::scenarios {

// Which key each iteration asks for: {dist: "hot", key: "k"} (one key, the default),
// {dist: "uniform", n} or {dist: "zipf", n, s} over the keys "k0" .. "k<n-1>" (zipf: key i has
// weight 1/(i+1)^s, so "k0" is the hottest).
class KeyChooser
{
public:
    KeyChooser() = default;
    // Throws ScenarioError naming `what` and the bad field.
    static KeyChooser parse(const QVariant &value, const QString &what);
    // The next key drawn from `rng`.
    QString next(QRandomGenerator &rng) const;

private:
    QString m_hotKey = QStringLiteral("hot");
    int m_n = 0;        // 0 = the hot key
    QList<double> m_cdf; // zipf only
};

} // namespace cashews::scenarios
