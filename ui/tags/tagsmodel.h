#pragma once

#include "store/tagentry.h"

#include <QAbstractItemModel>
#include <QHash>

namespace cashews {

// Tags as a two-level tree: each `_tag:*` set (members, dangling count, TTL), and under it
// its member keys, marked when they no longer exist.
class TagsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MembersColumn, DanglingColumn, TtlColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the tag set's key, or the member key
        DanglingRole,               // bool, for members
    };

    explicit TagsModel(QObject *parent = nullptr);

    // Replaces every tag.
    void setTags(QList<TagEntry> tags);
    // Inserts a page of tags at their places in name order; a tag already listed (a key
    // a SCAN returned twice) is replaced.
    void addTags(QList<TagEntry> tags);
    const QList<TagEntry> &tags() const { return m_tags; }
    // The tag of a top-level or member index.
    const TagEntry *tagAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Row of the tag a member index belongs to (member indexes carry their tag's serial,
    // which stays valid while rows above are inserted).
    int tagRowOf(quintptr serial) const;

    QList<TagEntry> m_tags;
    QList<quintptr> m_serials; // per row, never 0 (0 marks top-level indexes)
    quintptr m_nextSerial = 1;
    // serial -> row, rebuilt on demand after insertions shifted rows.
    mutable QHash<quintptr, int> m_rowOfSerial;
    mutable bool m_rowsDirty = false;
};

} // namespace cashews
