#include "tagsmodel.h"

#include "ttlformat.h"

#include <cashews/keycodec.h>

#include <QBrush>
#include <QColor>

namespace cashews {

namespace {

// Internal id of member rows: tag row + 1 (0 marks top-level rows).
quintptr memberId(int tagRow)
{
    return static_cast<quintptr>(tagRow) + 1;
}

} // namespace

TagsModel::TagsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TagsModel::setTags(QList<TagEntry> tags)
{
    beginResetModel();
    m_tags = std::move(tags);
    endResetModel();
}

const TagEntry *TagsModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : static_cast<int>(index.internalId() - 1);
    return &m_tags.at(row);
}

QModelIndex TagsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, memberId(parent.row()));
}

QModelIndex TagsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_tags.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_tags.at(parent.row()).members.size());
}

int TagsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const TagEntry &tag = m_tags.at(index.row());
        if (role == KeyRole)
            return tag.key;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NameColumn: return displayKey(tag.name());
        case MembersColumn: return tag.members.size();
        case DanglingColumn: return tag.danglingCount();
        case TtlColumn: return TtlFormat::remaining(tag.ttlMs);
        default: return {};
        }
    }
    const TagEntry &tag = m_tags.at(static_cast<int>(index.internalId() - 1));
    const bool dangling = !tag.exists.value(index.row(), true);
    switch (role) {
    case KeyRole:
        return tag.members.at(index.row());
    case DanglingRole:
        return dangling;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return displayKey(tag.members.at(index.row()));
        if (index.column() == DanglingColumn)
            return dangling ? tr("dangling") : QString();
        return {};
    case Qt::ForegroundRole:
        return dangling ? QVariant(QBrush(QColor(0x9e, 0x9e, 0x9e))) : QVariant();
    case Qt::ToolTipRole:
        return dangling ? tr("The tag still lists this key, but the key no longer exists") : QVariant();
    default:
        return {};
    }
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Tag / member");
    case MembersColumn: return tr("Members");
    case DanglingColumn: return tr("Dangling");
    case TtlColumn: return tr("TTL");
    default: return {};
    }
}

} // namespace cashews
