#include "browser/keylistmodel.h"

#include "browser/naturalorder.h"
#include "common/guarded.h"
#include "common/keymeaning.h"
#include "common/ttlformat.h"

#include <cashews/clock.h>
#include <cashews/keycodec.h>

#include <QCoro/QCoroTask>

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <limits>
#include <optional>
#include <numeric>
#include <vector>

namespace cashews {

namespace {

// Details are fetched for at most this many keys per pipelined batch.
constexpr int InfoBatch = 200;
// Up to this many keys, the key list is sized from DBSIZE up front.
constexpr qint64 MaxReserve = 50'000'000;

// Columns whose sort text is known without asking the store.
bool isTextColumn(int column)
{
    return column == KeyListModel::KeyColumn || column == KeyListModel::KindColumn;
}

// The order of two sort texts in natural order ("key:2" before "key:10"); ties keep their
// rows' order (the sorts are stable).
bool textBefore(const QString &a, const QString &b, Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? NaturalOrder::less(a, b) : NaturalOrder::less(b, a);
}

// Up to this many loaded rows get their details fetched for a sort by Type, TTL or Size.
constexpr int MaxSortFetch = 20'000;

} // namespace

KeyListModel::KeyListModel(KeyOperationsPtr operations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_operations(std::move(operations))
{
    m_infoTimer.setSingleShot(true);
    m_infoTimer.setInterval(0);
    connect(&m_infoTimer, &QTimer::timeout, this, &KeyListModel::flushInfoRequests);
    // Repaints the countdown once a second; the store is not asked again (KeyInfo::remainingMs).
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &KeyListModel::tick);
}

int KeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_keys.at(index.row()), index.column(), role);
}

QVariant KeyListModel::cellData(const QString &key, int columnNumber, int role) const
{
    if (role == KeyRole)
        return key;
    if (role == VanishedRole)
        return isVanished(key);
    // A key that expired or was deleted since it was listed stays greyed out until the next
    // page load drops it.
    if (role == Qt::ForegroundRole)
        return isVanished(key) ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    const auto column = static_cast<Column>(columnNumber);
    if (role == Qt::ToolTipRole && column == KeyColumn)
        return displayKey(key);
    if (column == KeyColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return displayKey(key);
        return {};
    }
    if (column == KindColumn) {
        // The tooltip too: the column may be narrower than its longest labels.
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        const KeyMeaning meaning = KeyMeaning::classify(key);
        QString label = KeyMeaning::strategyLabel(meaning.strategy);
        if (!meaning.role.isEmpty())
            label += QStringLiteral(" · ") + KeyMeaning::roleLabel(meaning.role);
        return label;
    }
    if (role != Qt::DisplayRole && role != RemainingMsRole && role != SizeRole && role != SortRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return column == TypeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const auto it = m_info.constFind(key);
    if (it == m_info.constEnd()) {
        requestInfo(key);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const qint64 remaining = it->remainingMs(nowMs());
    switch (column) {
    case TypeColumn:
        return it->type;
    case TtlColumn:
        if (role == RemainingMsRole)
            return remaining;
        if (role == SortRole)
            return remaining == -1 ? std::numeric_limits<qint64>::max() : remaining;
        return TtlFormat::remaining(remaining);
    case SizeColumn:
        if (role == SizeRole || role == SortRole)
            return it->size;
        return TtlFormat::bytes(it->size);
    default:
        return {};
    }
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Two sizes exist for a key; the column is the store's, the inspector shows the value's too.
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Memory the store uses for the key (Redis MEMORY USAGE), not the length of its value");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case KindColumn: return tr("Kind");
    case TypeColumn: return tr("Type");
    case TtlColumn: return tr("TTL");
    case SizeColumn: return tr("Memory");
    default: return {};
    }
}

bool KeyListModel::wantsMore() const
{
    return m_scan && !m_complete && !m_inFlight && !m_stopped && !m_failed && m_lastPageAdded;
}

void KeyListModel::setPattern(const QString &pattern)
{
    m_pattern = pattern.isEmpty() ? QStringLiteral("*") : pattern;
}

void KeyListModel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void KeyListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_keys.clear();
    m_seen.clear();
    m_info.clear();
    m_wanted.clear();
    m_requested.clear();
    m_total = -1;
    m_complete = false;
    m_inFlight = false;
    m_loadAll = false;
    m_stopped = false;
    m_failed = false;
    m_lastPageAdded = true;
    m_scan = m_operations->scan(m_pattern, m_pageSize);
    endResetModel();
    m_tick.stop();

    const quint64 generation = m_generation;
    QCoro::connect(Guarded<qint64>::of(m_operations->keysCount()), this, [this, generation](Guarded<qint64> count) {
        if (generation != m_generation)
            return;
        if (!count.ok()) {
            Q_EMIT errorOccurred(tr("Counting keys failed: %1").arg(count.error));
            return;
        }
        m_total = *count.value;
        // One allocation of the right size instead of doublings (a 2x overshoot at 1M keys).
        if (m_total > m_keys.size() && m_total <= MaxReserve) {
            m_keys.reserve(m_total);
            m_seen.reserve(m_total);
        }
        Q_EMIT progressChanged();
    });
    requestPage();
}

void KeyListModel::loadMore()
{
    if (!m_scan || m_complete || m_inFlight)
        return;
    m_stopped = false;
    m_failed = false;
    requestPage();
}

void KeyListModel::loadAll()
{
    if (!m_scan || m_complete)
        return;
    m_stopped = false;
    m_failed = false;
    m_loadAll = true;
    if (!m_inFlight)
        requestPage();
}

void KeyListModel::cancel()
{
    if (!m_inFlight && !m_loadAll)
        return;
    // The page in flight still lands and is listed: dropping it would lose its keys, since
    // the walk's cursor is already past them.
    m_loadAll = false;
    m_stopped = true;
    Q_EMIT progressChanged();
}

void KeyListModel::requestPage()
{
    m_inFlight = true;
    Q_EMIT progressChanged();
    const quint64 generation = m_generation;
    // Started from the event loop, never inside the caller: the browser asks for more while a
    // view handles rowsInserted, and a store that answers at once (mem://) would otherwise
    // insert rows in the middle of that insertion.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            fetchPage(generation);
    });
}

void KeyListModel::fetchPage(quint64 generation)
{
    QCoro::connect(Guarded<std::optional<QStringList>>::of(KeyScan::next(m_scan)), this,
                   [this, generation](Guarded<std::optional<QStringList>> page) {
                       if (generation != m_generation)
                           return;
                       m_inFlight = false;
                       if (!page.ok()) {
                           // A walk that threw cannot go on: Reload starts a new one.
                           m_loadAll = false;
                           // Not "complete": the listing failed. A failed walk cannot go on, so
                           // Load more starts a new one (keys already listed are not added twice).
                           m_failed = true;
                           m_scan = m_operations->scan(m_pattern, m_pageSize);
                           Q_EMIT errorOccurred(tr("Scanning keys failed: %1").arg(page.error));
                           Q_EMIT progressChanged();
                           return;
                       }
                       if (!page.value->has_value()) {
                           m_complete = true;
                           m_loadAll = false;
                           // Text columns stay sorted while loading; the others place rows
                           // by details fetched meanwhile.
                           if (m_sortColumn >= 0 && !isTextColumn(m_sortColumn))
                               sort(m_sortColumn, m_sortOrder);
                       } else {
                           dropVanished();
                           m_lastPageAdded = appendPage(**page.value) > 0;
                       }
                       Q_EMIT progressChanged();
                       // The next page goes through the event loop, so a store that answers
                       // synchronously (mem://) still lets the UI breathe between pages.
                       if (m_loadAll && !m_complete)
                           requestPage();
                   });
}

int KeyListModel::appendPage(const QStringList &page)
{
    QStringList fresh;
    fresh.reserve(page.size());
    for (const QString &key : page) {
        if (isNewKey(key))
            fresh.append(key);
    }
    if (fresh.isEmpty())
        return 0;
    const int first = static_cast<int>(m_keys.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_keys.append(fresh);
    endInsertRows();
    mergeSortedTail(first);
    return static_cast<int>(fresh.size());
}

bool KeyListModel::isVanished(const QString &key) const
{
    const auto it = m_info.constFind(key);
    return it != m_info.constEnd() && it->remainingMs(nowMs()) == -2;
}

void KeyListModel::dropVanished()
{
    // Only keys with details can be known to be gone; those are few (visible rows).
    QStringList gone;
    const qint64 now = nowMs();
    for (auto it = m_info.cbegin(); it != m_info.cend(); ++it) {
        if (it->remainingMs(now) == -2)
            gone << it.key();
    }
    if (!gone.isEmpty())
        forgetKeys(gone);
}

KeyFingerprint KeyFingerprint::of(const QString &key)
{
    // Fixed, unrelated seeds: the two hashes must not be derived from each other.
    return {qHash(key, size_t(0x9e3779b97f4a7c15ULL)), qHash(key, size_t(0xc2b2ae3d27d4eb4fULL))};
}

bool KeyListModel::isNewKey(const QString &key)
{
    const qsizetype before = m_seen.size();
    m_seen.insert(KeyFingerprint::of(key));
    return m_seen.size() != before;
}

void KeyListModel::mergeSortedTail(int first)
{
    const int n = static_cast<int>(m_keys.size());
    if (!isTextColumn(m_sortColumn) || first >= n)
        return;
    const int column = m_sortColumn;
    // Sorted rows come before new ones on ties, as a stable sort of the whole list has them.
    const auto before = [order = m_sortOrder](const QString &a, const QString &b) { return textBefore(a, b, order); };
    std::vector<QString> tailText;
    const std::vector<int> tail = textOrder(first, column, m_sortOrder, tailText);
    // Where each new row goes: before sorted row positions[j] (binary searches, so only
    // O(page * log n) sort texts are computed).
    const int added = n - first;
    std::vector<int> positions(static_cast<size_t>(added));
    int low = 0;
    for (int j = 0; j < added; ++j) {
        const QString &text = tailText[static_cast<size_t>(tail[static_cast<size_t>(j)] - first)];
        int high = first;
        while (low < high) {
            const int mid = low + (high - low) / 2;
            if (before(text, sortText(m_keys.at(mid), column)))
                high = mid;
            else
                low = mid + 1;
        }
        positions[static_cast<size_t>(j)] = low;
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes: a sorted row moves down by the new rows placed before it; the
    // j-th new row (in sorted order) lands at positions[j] + j.
    std::vector<int> rankOfNew(static_cast<size_t>(added));
    for (int j = 0; j < added; ++j)
        rankOfNew[static_cast<size_t>(tail[static_cast<size_t>(j)] - first)] = j;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &idx : from) {
        const int row = idx.row();
        int newRow = 0;
        if (row < first) {
            newRow = row + static_cast<int>(std::upper_bound(positions.cbegin(), positions.cend(), row) - positions.cbegin());
        } else {
            const int j = rankOfNew[static_cast<size_t>(row - first)];
            newRow = positions[static_cast<size_t>(j)] + j;
        }
        to.append(index(newRow, idx.column()));
    }
    // In place, from the end: each block of sorted rows moves down past the new rows after
    // it (no second list of n strings, which cost ~45 ms per page at a million keys).
    std::vector<QString> newKeys;
    newKeys.reserve(static_cast<size_t>(added));
    for (const int row : tail)
        newKeys.push_back(std::move(m_keys[row]));
    int end = n;
    int blockEnd = first;
    for (int j = added - 1; j >= 0; --j) {
        const int position = positions[static_cast<size_t>(j)];
        std::move_backward(m_keys.begin() + position, m_keys.begin() + blockEnd, m_keys.begin() + end);
        end -= blockEnd - position;
        blockEnd = position;
        m_keys[--end] = std::move(newKeys[static_cast<size_t>(j)]);
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<int> KeyListModel::textOrder(int first, int column, Qt::SortOrder order, std::vector<QString> &texts) const
{
    const int n = static_cast<int>(m_keys.size());
    texts.clear();
    texts.reserve(static_cast<size_t>(n - first));
    for (int row = first; row < n; ++row)
        texts.push_back(sortText(m_keys.at(row), column));
    std::vector<int> rows(static_cast<size_t>(n - first));
    std::iota(rows.begin(), rows.end(), first);
    std::stable_sort(rows.begin(), rows.end(), [&texts, first, order](int a, int b) {
        return textBefore(texts[static_cast<size_t>(a - first)], texts[static_cast<size_t>(b - first)], order);
    });
    return rows;
}

QString KeyListModel::sortText(const QString &key, int column) const
{
    return column == KeyColumn ? key : cellData(key, KindColumn, SortRole).toString();
}

int KeyListModel::rowOf(const QString &key) const
{
    return static_cast<int>(m_keys.indexOf(key));
}

const KeyInfo *KeyListModel::infoOf(const QString &key) const
{
    const auto it = m_info.constFind(key);
    return it == m_info.constEnd() ? nullptr : &*it;
}

void KeyListModel::invalidate(const QString &key)
{
    m_info.remove(key);
    m_requested.remove(key);
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, TypeColumn), index(row, SizeColumn));
}

void KeyListModel::forgetKeys(const QStringList &keys)
{
    const QSet<QString> gone(keys.cbegin(), keys.cend());
    // Remove contiguous runs from the end so earlier rows keep their numbers.
    int row = static_cast<int>(m_keys.size()) - 1;
    while (row >= 0) {
        if (!gone.contains(m_keys.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && gone.contains(m_keys.at(row)))
            --row;
        beginRemoveRows({}, row + 1, last);
        for (int r = row + 1; r <= last; ++r) {
            m_info.remove(m_keys.at(r));
            m_seen.remove(KeyFingerprint::of(m_keys.at(r)));
            m_requested.remove(m_keys.at(r));
        }
        m_keys.remove(row + 1, last - row);
        endRemoveRows();
    }
}

void KeyListModel::addKey(const QString &key)
{
    if (rowOf(key) >= 0) {
        invalidate(key);
        return;
    }
    appendPage(QStringList{key});
}

void KeyListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const int n = static_cast<int>(m_keys.size());
    if (n < 2)
        return;
    if (isTextColumn(column)) {
        std::vector<QString> texts;
        applyOrder(textOrder(0, column, order, texts));
        return;
    }
    // The details the sort needs are fetched (for a bounded number of rows); the rows are
    // sorted again once they arrive, and sortedAmong() says how many could be placed.
    for (int r = 0; r < qMin(n, MaxSortFetch); ++r) {
        if (!m_info.contains(m_keys.at(r)))
            requestInfo(m_keys.at(r));
    }
    std::vector<int> order_(static_cast<size_t>(n));
    std::iota(order_.begin(), order_.end(), 0);
    // Rows whose details are not fetched yet sort last in both directions.
    std::vector<std::optional<qint64>> values(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        const KeyInfo *info = infoOf(m_keys.at(r));
        if (!info)
            continue;
        if (column == SizeColumn)
            values[static_cast<size_t>(r)] = info->size;
        else if (column == TtlColumn)
            values[static_cast<size_t>(r)] = cellData(m_keys.at(r), column, SortRole).toLongLong();
        else
            values[static_cast<size_t>(r)] = static_cast<qint64>(qHash(info->type));
    }
    std::stable_sort(order_.begin(), order_.end(), [&values, order](int a, int b) {
        const auto &va = values[static_cast<size_t>(a)];
        const auto &vb = values[static_cast<size_t>(b)];
        if (!va || !vb)
            return va.has_value() && !vb.has_value();
        return order == Qt::AscendingOrder ? *va < *vb : *vb < *va;
    });
    applyOrder(order_);
}

int KeyListModel::sortedAmong() const
{
    if (m_sortColumn < 0 || isTextColumn(m_sortColumn))
        return -1;
    int placed = 0;
    for (const QString &key : m_keys)
        placed += m_info.contains(key) ? 1 : 0;
    return placed;
}

void KeyListModel::applyOrder(const std::vector<int> &order)
{
    const int n = static_cast<int>(order.size());
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(static_cast<size_t>(n));
    QList<QString> sorted;
    sorted.reserve(n);
    for (int newRow = 0; newRow < n; ++newRow) {
        const int oldRow = order[static_cast<size_t>(newRow)];
        newRowOf[static_cast<size_t>(oldRow)] = newRow;
        sorted.append(std::move(m_keys[oldRow]));
    }
    m_keys = std::move(sorted);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &idx : from)
        to.append(index(newRowOf[static_cast<size_t>(idx.row())], idx.column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void KeyListModel::requestInfo(const QString &key) const
{
    if (m_requested.contains(key))
        return;
    m_requested.insert(key);
    m_wanted.append(key);
    if (!m_infoTimer.isActive())
        m_infoTimer.start();
}

void KeyListModel::flushInfoRequests()
{
    while (!m_wanted.isEmpty()) {
        const QStringList batch = m_wanted.mid(0, InfoBatch);
        m_wanted.remove(0, batch.size());
        const quint64 generation = m_generation;
        ++m_batchesInFlight;
        QCoro::connect(Guarded<QList<KeyInfo>>::of(m_operations->keyInfo(batch)), this,
                       [this, generation, batch](Guarded<QList<KeyInfo>> infos) {
                           --m_batchesInFlight;
                           if (generation != m_generation)
                               return;
                           if (!infos.ok()) {
                               // Let a later paint ask again instead of showing stale "…" forever.
                               for (const QString &key : batch)
                                   m_requested.remove(key);
                               Q_EMIT errorOccurred(tr("Reading key details failed: %1").arg(infos.error));
                               return;
                           }
                           bool countdown = false;
                           for (qsizetype i = 0; i < batch.size(); ++i) {
                               m_info.insert(batch.at(i), infos.value->at(i));
                               countdown = countdown || infos.value->at(i).ttlMs >= 0;
                           }
                           if (countdown && !m_tick.isActive())
                               m_tick.start();
                           if (!m_keys.isEmpty())
                               Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, SizeColumn));
                           // A details sort waits for the details it asked for, then places the rows.
                           if (m_sortColumn >= 0 && !isTextColumn(m_sortColumn) && m_batchesInFlight == 0 && m_wanted.isEmpty()) {
                               sort(m_sortColumn, m_sortOrder);
                               Q_EMIT progressChanged();
                           }
                       });
    }
}

void KeyListModel::tick()
{
    if (m_keys.isEmpty()) {
        m_tick.stop();
        return;
    }
    const QList<int> roles{Qt::DisplayRole, RemainingMsRole, SortRole};
    Q_EMIT dataChanged(index(0, TtlColumn), index(rowCount() - 1, TtlColumn), roles);
}

} // namespace cashews
