#include "tags/tagsmodel.h"

#include "common/ttlformat.h"

#include <cashews/keycodec.h>

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace cashews {

TagsModel::TagsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TagsModel::setTags(QList<TagEntry> tags)
{
    beginResetModel();
    m_tags = std::move(tags);
    m_serials.clear();
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        m_serials.append(m_nextSerial++);
    m_rowsDirty = true;
    endResetModel();
}

void TagsModel::addTags(QList<TagEntry> tags)
{
    const auto byKey = [](const TagEntry &a, const TagEntry &b) { return a.key < b.key; };
    for (TagEntry &tag : tags) {
        const auto at = std::lower_bound(m_tags.begin(), m_tags.end(), tag, byKey);
        const int row = static_cast<int>(at - m_tags.begin());
        if (at != m_tags.end() && at->key == tag.key) {
            // Same tag again: its members may have changed, so the rows under it are redone.
            const QModelIndex parent = index(row, 0);
            if (!at->members.isEmpty()) {
                beginRemoveRows(parent, 0, static_cast<int>(at->members.size()) - 1);
                at->members.clear();
                at->exists.clear();
                endRemoveRows();
            }
            if (!tag.members.isEmpty()) {
                beginInsertRows(parent, 0, static_cast<int>(tag.members.size()) - 1);
                *at = std::move(tag);
                endInsertRows();
            } else {
                *at = std::move(tag);
            }
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, row, row);
        m_tags.insert(row, std::move(tag));
        m_serials.insert(row, m_nextSerial++);
        m_rowsDirty = true;
        endInsertRows();
    }
}

int TagsModel::tagRowOf(quintptr serial) const
{
    if (m_rowsDirty) {
        m_rowOfSerial.clear();
        m_rowOfSerial.reserve(m_serials.size());
        for (qsizetype row = 0; row < m_serials.size(); ++row)
            m_rowOfSerial.insert(m_serials.at(row), static_cast<int>(row));
        m_rowsDirty = false;
    }
    return m_rowOfSerial.value(serial, -1);
}

const TagEntry *TagsModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : tagRowOf(index.internalId());
    return row < 0 ? nullptr : &m_tags.at(row);
}

QModelIndex TagsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_serials.at(parent.row()));
}

QModelIndex TagsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = tagRowOf(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
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
    const TagEntry &tag = m_tags.at(tagRowOf(index.internalId()));
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
