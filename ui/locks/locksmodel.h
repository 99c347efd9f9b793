#pragma once

#include "store/lockentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QTimer>

namespace cashews {

// Lock keys with owner value, age (since first seen with that owner) and a live
// remaining-TTL countdown (from the observed PTTL).
class LocksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, KindColumn, OwnerColumn, AgeColumn, TtlColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, OwnerRole };

    explicit LocksModel(QObject *parent = nullptr);

    void setLocks(QList<LockEntry> locks);
    const QList<LockEntry> &locks() const { return m_locks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // When each (key, owner) was first listed. Stores keep no acquisition time, so the age
    // shown is "held for at least": since this model first saw that owner holding the key.
    QHash<QPair<QString, QByteArray>, qint64> m_firstSeen;
    QList<LockEntry> m_locks;
    QTimer m_tick;
};

} // namespace cashews
