#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace cashews {

class KeyListModel;

// The keys of a KeyListModel as a tree, either split at delimiters (several allowed,
// default ":") or grouped by cashews meaning: strategy prefix -> function/template -> key.
// It follows the list as pages arrive (incremental inserts keep expanded nodes open) and
// takes key details from it, so the lazy, visible-rows-only fetching works here too.
class KeyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { Delimiters, Cashews };
    enum Role {
        // A glob matching every key under a namespace node (empty for leaves).
        PatternRole = Qt::UserRole + 20,
        // Number of keys under the node.
        LeafCountRole,
    };

    KeyTreeModel(KeyListModel *source, Grouping grouping, QObject *parent = nullptr);
    ~KeyTreeModel() override;

    // Delimiters for Grouping::Delimiters; an empty list shows a flat list.
    void setDelimiters(const QStringList &delimiters);
    QStringList delimiters() const { return m_delimiters; }
    Grouping grouping() const { return m_grouping; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The index of the leaf for `key` (column 0), invalid when absent.
    QModelIndex indexOfKey(const QString &key) const;
    // The keys of the leaves at and under `index` (a leaf gives its own key).
    QStringList keysUnder(const QModelIndex &index) const;

private:
    struct Node;

    void rebuild();
    void insertKeys(int first, int last);
    void removeKeys(int first, int last);
    // Labels of the namespace nodes above `key`, and the glob prefix of each.
    QStringList pathOf(const QString &key, QStringList *prefixes) const;
    Node *childNamespace(Node *parent, const QString &label, const QString &prefix);
    void addLeaf(const QString &key);
    void removeLeaf(const QString &key);
    QModelIndex indexOf(const Node *node, int column) const;
    static void collectLeaves(const Node *node, QStringList &keys);

    QPointer<KeyListModel> m_source;
    Grouping m_grouping;
    QStringList m_delimiters{QStringLiteral(":")};
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_leaves;
};

} // namespace cashews
