#include "locks/locksmodel.h"

#include "common/keymeaning.h"
#include "common/ttlformat.h"
#include "inspector/valuedecoder.h"
#include "inspector/valuetreemodel.h"

#include <cashews/clock.h>
#include <cashews/keycodec.h>

namespace cashews {

LocksModel::LocksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_locks.isEmpty())
            Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, TtlColumn));
    });
}

void LocksModel::setLocks(QList<LockEntry> locks)
{
    QHash<QPair<QString, QByteArray>, qint64> firstSeen;
    for (const LockEntry &lock : locks) {
        const QPair<QString, QByteArray> holder{lock.key, lock.owner};
        firstSeen.insert(holder, m_firstSeen.value(holder, lock.info.observedAtMs));
    }
    beginResetModel();
    m_locks = std::move(locks);
    m_firstSeen = std::move(firstSeen);
    endResetModel();
    if (m_locks.isEmpty())
        m_tick.stop();
    else
        m_tick.start();
}

int LocksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_locks.size());
}

int LocksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LockEntry &lock = m_locks.at(index.row());
    if (role == KeyRole)
        return lock.key;
    if (role == OwnerRole)
        return lock.owner;
    if (role == Qt::ToolTipRole && index.column() == AgeColumn)
        return tr("Held by this owner for at least this long: stores keep no acquisition time, so this counts from when the lock was first listed here");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn: return displayKey(lock.key);
    case KindColumn: return KeyMeaning::strategyLabel(KeyMeaning::classify(lock.key).strategy);
    case OwnerColumn: {
        // Early-refresh locks hold a pickled "1"; show what it decodes to, not pickle bytes.
        const DecodedValue decoded = ValueDecoder::decode(lock.key, QVariant(lock.owner), {});
        if (decoded.value.metaType().id() == QMetaType::QString)
            return displayKey(decoded.value.toString());
        if (decoded.value.isValid())
            return ValueTreeModel::summary(decoded.value);
        return displayKey(keyFromBytes(lock.owner.left(80)));
    }
    case AgeColumn: {
        const qint64 since = m_firstSeen.value({lock.key, lock.owner}, lock.info.observedAtMs);
        return tr("≥ %1").arg(TtlFormat::remaining(qMax<qint64>(0, nowMs() - since)));
    }
    case TtlColumn: return TtlFormat::remaining(lock.info.remainingMs(nowMs()));
    default: return {};
    }
}

QVariant LocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Lock key");
    case KindColumn: return tr("Kind");
    case OwnerColumn: return tr("Owner value");
    case AgeColumn: return tr("Held for");
    case TtlColumn: return tr("Remaining");
    default: return {};
    }
}

} // namespace cashews
