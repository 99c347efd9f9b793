#include "inspector/membermodel.h"

#include <cashews/keycodec.h>

namespace cashews {

namespace {

// Entries are bytes; members of tags are keys, so they are shown (and escaped) as keys are.
QString shown(const QByteArray &bytes)
{
    return displayKey(keyFromBytes(bytes));
}

} // namespace

MemberModel::MemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool MemberModel::isContainer(const QString &type)
{
    static const QStringList containers{QStringLiteral("set"), QStringLiteral("zset"), QStringLiteral("hash"),
                                        QStringLiteral("list"), QStringLiteral("stream")};
    return containers.contains(type);
}

void MemberModel::reset(const QString &type, const QList<MemberEntry> &entries)
{
    beginResetModel();
    m_type = type;
    m_entries = entries;
    endResetModel();
}

void MemberModel::append(const QList<MemberEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

void MemberModel::clear()
{
    reset({}, {});
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    // A set's members have no second column.
    if (parent.isValid())
        return 0;
    return m_type == QLatin1StringView("set") ? 1 : ColumnCount;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const MemberEntry &entry = m_entries.at(index.row());
    return shown(index.column() == NameColumn ? entry.name : entry.value);
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    const bool name = section == NameColumn;
    if (m_type == QLatin1StringView("zset"))
        return name ? tr("Member") : tr("Score");
    if (m_type == QLatin1StringView("hash"))
        return name ? tr("Field") : tr("Value");
    if (m_type == QLatin1StringView("list"))
        return name ? tr("Index") : tr("Item");
    if (m_type == QLatin1StringView("stream"))
        return name ? tr("Entry ID") : tr("Fields");
    return name ? tr("Member") : QVariant();
}

} // namespace cashews
