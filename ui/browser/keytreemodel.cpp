#include "browser/keytreemodel.h"

#include "browser/keylistmodel.h"
#include "common/keymeaning.h"

#include <cashews/keycodec.h>

#include <QCoreApplication>

namespace cashews {

struct KeyTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    bool leaf = false;
    QString label;   // namespace: its segment; leaf: the key itself
    QString prefix;  // namespace: the literal key prefix it covers; leaf: what its label skips
    qint64 leafCount = 0;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> namespaces;
};

namespace {

// Escapes glob specials so that a literal prefix can be used in a pattern.
QString escapeGlob(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

KeyTreeModel::KeyTreeModel(KeyListModel *source, Grouping grouping, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
    , m_grouping(grouping)
    , m_root(std::make_unique<Node>())
{
    connect(source, &QAbstractItemModel::modelReset, this, &KeyTreeModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertKeys(first, last); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeKeys(first, last); });
    // Details arrive in the list; a multi-row change repaints what the tree views show.
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_root->children.empty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_root->children.size()) - 1, KeyListModel::SizeColumn));
    });
    rebuild();
}

KeyTreeModel::~KeyTreeModel() = default;

void KeyTreeModel::setDelimiters(const QStringList &delimiters)
{
    QStringList cleaned;
    for (const QString &d : delimiters) {
        if (!d.isEmpty() && !cleaned.contains(d))
            cleaned.append(d);
    }
    if (cleaned == m_delimiters)
        return;
    m_delimiters = cleaned;
    rebuild();
}

void KeyTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_leaves.clear();
    endResetModel();
    if (m_source && m_source->rowCount() > 0)
        insertKeys(0, m_source->rowCount() - 1);
}

void KeyTreeModel::insertKeys(int first, int last)
{
    if (!m_source)
        return;
    for (int row = first; row <= last; ++row)
        addLeaf(m_source->keyAt(row));
    if (!m_root->children.empty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_root->children.size()) - 1, 0));
}

void KeyTreeModel::removeKeys(int first, int last)
{
    if (!m_source)
        return;
    for (int row = first; row <= last; ++row)
        removeLeaf(m_source->keyAt(row));
}

QStringList KeyTreeModel::pathOf(const QString &key, QStringList *prefixes) const
{
    QStringList path;
    if (m_grouping == Grouping::Cashews) {
        const KeyMeaning meaning = KeyMeaning::classify(key);
        QString label = meaning.prefix.isEmpty() ? KeyMeaning::strategyLabel(meaning.strategy) : meaning.prefix;
        path << label;
        prefixes->append(meaning.prefix.isEmpty() ? QString() : meaning.prefix + QLatin1Char(':'));
        if (!meaning.group.isEmpty()) {
            path << meaning.group;
            prefixes->append(prefixes->constLast() + meaning.group);
        }
        return path;
    }
    qsizetype start = 0;
    while (!m_delimiters.isEmpty()) {
        qsizetype best = -1;
        qsizetype bestLength = 0;
        for (const QString &d : m_delimiters) {
            const qsizetype at = key.indexOf(d, start);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestLength = d.size();
            }
        }
        if (best < 0)
            break;
        path << key.mid(start, best - start);
        start = best + bestLength;
        prefixes->append(key.left(start));
    }
    return path;
}

KeyTreeModel::Node *KeyTreeModel::childNamespace(Node *parent, const QString &label, const QString &prefix)
{
    if (Node *existing = parent->namespaces.value(label))
        return existing;
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->label = label;
    node->prefix = prefix;
    node->row = static_cast<int>(parent->children.size());
    Node *raw = node.get();
    beginInsertRows(indexOf(parent, 0), node->row, node->row);
    parent->children.push_back(std::move(node));
    parent->namespaces.insert(label, raw);
    endInsertRows();
    return raw;
}

void KeyTreeModel::addLeaf(const QString &key)
{
    if (m_leaves.contains(key))
        return;
    QStringList prefixes;
    const QStringList path = pathOf(key, &prefixes);
    Node *parent = m_root.get();
    for (qsizetype i = 0; i < path.size(); ++i)
        parent = childNamespace(parent, path.at(i), prefixes.at(i));
    auto leaf = std::make_unique<Node>();
    leaf->parent = parent;
    leaf->leaf = true;
    leaf->label = key;
    leaf->prefix = prefixes.isEmpty() ? QString() : prefixes.constLast();
    leaf->row = static_cast<int>(parent->children.size());
    leaf->leafCount = 1;
    Node *raw = leaf.get();
    beginInsertRows(indexOf(parent, 0), leaf->row, leaf->row);
    parent->children.push_back(std::move(leaf));
    m_leaves.insert(key, raw);
    endInsertRows();
    for (Node *n = parent; n; n = n->parent)
        ++n->leafCount;
}

void KeyTreeModel::removeLeaf(const QString &key)
{
    Node *node = m_leaves.take(key);
    if (!node)
        return;
    // Removing a leaf may leave empty namespaces: remove the highest node that only held it.
    while (node->parent && node->parent != m_root.get() && node->parent->leafCount == 1)
        node = node->parent;
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent, 0), row, row);
    if (!node->leaf)
        parent->namespaces.remove(node->label);
    parent->children.erase(parent->children.begin() + row);
    for (size_t i = static_cast<size_t>(row); i < parent->children.size(); ++i)
        parent->children[i]->row = static_cast<int>(i);
    endRemoveRows();
    for (Node *n = parent; n; n = n->parent)
        --n->leafCount;
}

QModelIndex KeyTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex KeyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return indexOf(p->children[static_cast<size_t>(row)].get(), column);
}

QModelIndex KeyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *node = static_cast<const Node *>(child.internalPointer());
    return indexOf(node->parent, 0);
}

int KeyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(p->children.size());
}

int KeyTreeModel::columnCount(const QModelIndex &) const
{
    return KeyListModel::ColumnCount;
}

QVariant KeyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const auto *node = static_cast<const Node *>(index.internalPointer());
    if (role == LeafCountRole)
        return node->leafCount;
    if (!node->leaf) {
        if (role == PatternRole)
            return escapeGlob(node->prefix) + QLatin1Char('*');
        if (index.column() != KeyListModel::KeyColumn)
            return {};
        if (role == Qt::DisplayRole) {
            QString label = node->label.isEmpty() ? tr("(empty)") : displayKey(node->label);
            // "By meaning" groups are named with the strategy label the inspector uses, the
            // prefix after it (the node's prefix is the strategy's "<prefix>:").
            if (m_grouping == Grouping::Cashews && node->parent == m_root.get() && !node->prefix.isEmpty())
                label = tr("%1 — %2").arg(KeyMeaning::strategyLabel(KeyMeaning::classify(node->prefix + QLatin1Char('x')).strategy),
                                          label);
            return tr("%1 (%n key(s))", nullptr, static_cast<int>(node->leafCount)).arg(label);
        }
        if (role == Qt::ToolTipRole || role == KeyListModel::SortRole)
            return displayKey(node->label);
        return {};
    }
    if (role == PatternRole)
        return QString();
    if (index.column() == KeyListModel::KeyColumn && role == Qt::DisplayRole) {
        // A leaf shows what its namespace does not already say; the full key is the tooltip.
        QString rest = node->label.startsWith(node->prefix) ? node->label.mid(node->prefix.size()) : node->label;
        if (m_grouping == Grouping::Cashews && rest.startsWith(QLatin1Char(':')))
            rest.remove(0, 1);
        return displayKey(rest.isEmpty() ? node->label : rest);
    }
    return m_source->cellData(node->label, index.column(), role);
}

QVariant KeyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

QModelIndex KeyTreeModel::indexOfKey(const QString &key) const
{
    return indexOf(m_leaves.value(key), 0);
}

QStringList KeyTreeModel::keysUnder(const QModelIndex &index) const
{
    QStringList keys;
    if (checkIndex(index, CheckIndexOption::IndexIsValid))
        collectLeaves(static_cast<const Node *>(index.internalPointer()), keys);
    return keys;
}

void KeyTreeModel::collectLeaves(const Node *node, QStringList &keys)
{
    if (node->leaf) {
        keys.append(node->label);
        return;
    }
    for (const auto &child : node->children)
        collectLeaves(child.get(), keys);
}

} // namespace cashews
