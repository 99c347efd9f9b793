#include "inspector/valuetreemodel.h"

#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QDate>
#include <QDateTime>

namespace cashews {

struct ValueTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString name;
    QString type;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QString repr(const QVariant &value)
{
    if (isNone(value))
        return QStringLiteral("None");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::QString: {
        // One line per value: line breaks are shown escaped, as Python's repr does.
        QString text = value.toString().left(4096);
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        text.replace(QLatin1Char('\r'), QStringLiteral("\\r")).replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        QString out = QStringLiteral("b'");
        for (const char c : bytes.left(512)) {
            const auto u = static_cast<uchar>(c);
            if (u >= 0x20 && u < 0x7f && c != '\'' && c != '\\')
                out += QLatin1Char(c);
            else
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
        return out + (bytes.size() > 512 ? QStringLiteral("…'") : QStringLiteral("'"));
    }
    case QMetaType::QDateTime:
        return dateTimeIsoFormat(value);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        break;
    }
    if (value.canConvert<BigInt>() && value.metaType() == QMetaType::fromType<BigInt>())
        return QString::fromLatin1(value.value<BigInt>().toDecimal());
    if (value.metaType() == QMetaType::fromType<Decimal>())
        return value.value<Decimal>().text;
    if (value.metaType() == QMetaType::fromType<PyDateTime>())
        return dateTimeIsoFormat(value);
    return value.toString();
}

} // namespace

ValueTreeModel::ValueTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

ValueTreeModel::~ValueTreeModel() = default;

void ValueTreeModel::setValue(const QVariant &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (value.isValid())
        addChild(m_root.get(), tr("value"), value);
    endResetModel();
}

void ValueTreeModel::clear()
{
    setValue({});
}

QString ValueTreeModel::summary(const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (type == QMetaType::fromType<QVariantList>())
        return tr("[%n item(s)]", nullptr, static_cast<int>(value.toList().size()));
    if (type == QMetaType::fromType<Tuple>())
        return tr("(%n item(s))", nullptr, static_cast<int>(value.value<Tuple>().items.size()));
    if (type == QMetaType::fromType<PySet>())
        return tr("{%n member(s)}", nullptr, static_cast<int>(value.value<PySet>().items.size()));
    if (type == QMetaType::fromType<FrozenSet>())
        return tr("frozenset(%n member(s))", nullptr, static_cast<int>(value.value<FrozenSet>().items.size()));
    if (type == QMetaType::fromType<Dict>())
        return tr("{%n key(s)}", nullptr, static_cast<int>(value.value<Dict>().size()));
    if (type == QMetaType::fromType<QVariantMap>())
        return tr("{%n key(s)}", nullptr, static_cast<int>(value.toMap().size()));
    if (type == QMetaType::fromType<OpaqueObject>())
        return tr("<%1 object>").arg(value.value<OpaqueObject>().typeName());
    const QString text = repr(value);
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

void ValueTreeModel::addChild(Node *parent, const QString &name, const QVariant &value)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->row = static_cast<int>(parent->children.size());
    node->name = name;
    node->type = value.isValid() ? pythonTypeName(value) : QString();
    node->text = summary(value);
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    build(raw, value);
}

void ValueTreeModel::build(Node *node, const QVariant &value)
{
    const QMetaType type = value.metaType();
    auto addItems = [node](const QVariantList &items) {
        const qsizetype shown = qMin<qsizetype>(items.size(), MaxChildren);
        for (qsizetype i = 0; i < shown; ++i)
            addChild(node, QString::number(i), items.at(i));
        if (items.size() > shown) {
            auto more = std::make_unique<Node>();
            more->parent = node;
            more->row = static_cast<int>(node->children.size());
            more->name = QStringLiteral("…");
            more->text = tr("%n more item(s) not shown", nullptr, static_cast<int>(items.size() - shown));
            node->children.push_back(std::move(more));
        }
    };
    if (type == QMetaType::fromType<QVariantList>()) {
        addItems(value.toList());
    } else if (type == QMetaType::fromType<Tuple>()) {
        addItems(value.value<Tuple>().items);
    } else if (type == QMetaType::fromType<PySet>()) {
        addItems(value.value<PySet>().items);
    } else if (type == QMetaType::fromType<FrozenSet>()) {
        addItems(value.value<FrozenSet>().items);
    } else if (type == QMetaType::fromType<Dict>()) {
        const Dict dict = value.value<Dict>();
        const auto &items = dict.items();
        const qsizetype shown = qMin<qsizetype>(items.size(), MaxChildren);
        for (qsizetype i = 0; i < shown; ++i)
            addChild(node, repr(items.at(i).first), items.at(i).second);
    } else if (type == QMetaType::fromType<QVariantMap>()) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            addChild(node, it.key(), it.value());
    } else if (type == QMetaType::fromType<OpaqueObject>()) {
        const auto object = value.value<OpaqueObject>();
        if (!object.args.isEmpty())
            addChild(node, tr("args"), QVariant::fromValue(Tuple{object.args}));
        if (object.state.isValid())
            addChild(node, tr("state"), object.state);
        if (!object.listItems.isEmpty())
            addChild(node, tr("items"), object.listItems);
        if (!object.dictItems.isEmpty())
            addChild(node, tr("dict items"), QVariant::fromValue(object.dictItems));
    }
}

QModelIndex ValueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ValueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = static_cast<const Node *>(child.internalPointer())->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int ValueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(p->children.size());
}

int ValueTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ValueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto *node = static_cast<const Node *>(index.internalPointer());
    switch (index.column()) {
    case NameColumn: return node->name;
    case TypeColumn: return node->type;
    case ValueColumn: return node->text;
    default: return {};
    }
}

QVariant ValueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

} // namespace cashews
