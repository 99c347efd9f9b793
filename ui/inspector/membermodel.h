#pragma once

#include <cashews/backend.h>

#include <QAbstractTableModel>

namespace cashews {

// The entries of a set, zset, hash, list or stream key as the inspector pages them in
// (Cache::memberPage), read-only. Column titles follow the type (member / score, field /
// value, index / item, id / fields).
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit MemberModel(QObject *parent = nullptr);

    // Whether keys of `type` ("set", "hash", ...) hold entries this model shows.
    static bool isContainer(const QString &type);
    // Starts over with the first page of a key of `type`.
    void reset(const QString &type, const QList<MemberEntry> &entries);
    // Appends the next page.
    void append(const QList<MemberEntry> &entries);
    void clear();
    QString type() const { return m_type; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_type;
    QList<MemberEntry> m_entries;
};

} // namespace cashews
