#pragma once

#include <cashews/cache.h>

#include <QHash>
#include <QString>

namespace cashews {

// The URL schemes setup() understands, with the factory building each backend.
class BackendRegistry
{
public:
    static BackendRegistry &instance();

    void add(const QString &scheme, BackendFactory factory);
    // The factory for `scheme`; throws BackendNotAvailableError naming it and the known schemes.
    BackendFactory find(const QString &scheme) const;

private:
    BackendRegistry();
    QHash<QString, BackendFactory> m_factories;
};

} // namespace cashews
