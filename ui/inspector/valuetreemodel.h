#pragma once

#include <QAbstractItemModel>
#include <QVariant>

#include <memory>
#include <vector>

namespace cashews {

// A decoded Python value (see <cashews/pytypes.h>) as an expandable tree: dict, list,
// tuple, set, datetime, opaque objects with their class name. Containers show at most
// MaxChildren entries, then one "… more" row, so a huge value cannot freeze the view.
class ValueTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ColumnCount };
    static constexpr int MaxChildren = 5000;

    explicit ValueTreeModel(QObject *parent = nullptr);
    ~ValueTreeModel() override;

    void setValue(const QVariant &value);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A one-line rendering of a value ("[3 items]", "'text'", "2026-01-01T00:00:00Z", ...).
    static QString summary(const QVariant &value);

private:
    struct Node;
    static void build(Node *node, const QVariant &value);
    static void addChild(Node *parent, const QString &name, const QVariant &value);

    std::unique_ptr<Node> m_root;
};

} // namespace cashews
