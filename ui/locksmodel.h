#pragma once

#include "lockentry.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace cashews {

// Lock keys with owner value and a live remaining-TTL countdown (from the observed PTTL).
class LocksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, KindColumn, OwnerColumn, TtlColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, OwnerRole };

    explicit LocksModel(QObject *parent = nullptr);

    void setLocks(QList<LockEntry> locks);
    const QList<LockEntry> &locks() const { return m_locks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LockEntry> m_locks;
    QTimer m_tick;
};

} // namespace cashews
