#pragma once

#include "store/keyinfo.h"
#include "store/keyoperations.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace cashews {

// A key's identity for spotting repeats: two independent 64-bit hashes of it. Two keys
// match only if both collide (about 1e-26 for a million keys), so no key comparison is
// needed; 16 bytes per key instead of a QSet<QString>'s ~40.
struct KeyFingerprint
{
    size_t first = 0;
    size_t second = 0;
    static KeyFingerprint of(const QString &key);
    friend bool operator==(const KeyFingerprint &, const KeyFingerprint &) = default;
};
inline size_t qHash(const KeyFingerprint &fingerprint, size_t seed = 0) noexcept
{
    return fingerprint.first ^ seed;
}

// The keys of one store as a flat table, filled page by page from a server-side glob scan.
// Type, TTL and size are fetched lazily (only for rows a view asks data() for) in batches;
// the TTL column counts down from the observed PTTL with the wall clock, without polling.
// Nothing here blocks: every store call is a coroutine whose result comes back through
// QCoro::connect with this model as the context object.
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, KindColumn, TypeColumn, TtlColumn, SizeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the real key (QString), unescaped
        RemainingMsRole,            // qint64, -1 no expiry, -2 missing, invalid until fetched
        SizeRole,                   // qint64
        SortRole,                   // the value sort() orders by
        VanishedRole,               // bool: the key expired or was deleted since it was listed
    };

    explicit KeyListModel(KeyOperationsPtr operations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The glob the server filters with ("*" by default); takes effect on reload().
    void setPattern(const QString &pattern);
    QString pattern() const { return m_pattern; }
    // Keys per scan page (default 1000); takes effect on the next page.
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Drops everything, asks for DBSIZE and loads the first page.
    void reload();
    // Loads one more page (no-op while a page is in flight or when complete); resumes a
    // stopped walk where it stopped.
    void loadMore();
    // Keeps loading pages, yielding to the event loop between pages, until done or cancel().
    void loadAll();
    // Stops loading after the page in flight (which is still listed); the walk keeps its
    // cursor, so loadMore()/loadAll() resume it.
    void cancel();

    // Whether scrolling to the end should load the next page: the walk goes on, nothing is in
    // flight, it was not stopped, and the last page listed something (a sparse filter's empty
    // page waits for Load more). Not canFetchMore(): QTreeView fetches on every layout, which
    // walked the whole keyspace page after page.
    bool wantsMore() const;
    bool isLoading() const { return m_inFlight; }
    bool isComplete() const { return m_complete; }
    // Stopped by cancel() before the walk was over (resumable).
    bool isStopped() const { return m_stopped; }
    // The last page failed on a store error; loadMore() starts a new walk (keys already listed
    // are not listed twice) and reload() starts again.
    bool isFailed() const { return m_failed; }
    // Keys the walk examined so far (matching the pattern or not).
    qint64 scannedCount() const { return m_scan ? m_scan->scanned() : 0; }
    // Keys listed (those that matched).
    qint64 matchedCount() const { return m_keys.size(); }
    // How many rows a details sort (Type, TTL, Size) could place: those with details fetched.
    // -1 when the sort is by a text column or none.
    int sortedAmong() const;
    // DBSIZE as read at reload(), -1 until known.
    qint64 totalCount() const { return m_total; }

    QString keyAt(int row) const { return m_keys.value(row); }
    // Row of `key`, -1 when not loaded.
    int rowOf(const QString &key) const;
    // The fetched details of `key`, nullptr until fetched.
    const KeyInfo *infoOf(const QString &key) const;
    // The cell of `key` in `column` for `role`; asks for the key's details when they are
    // missing (views only ask for visible rows, so only those are fetched).
    QVariant cellData(const QString &key, int column, int role) const;
    // Forgets the details of `key` so that they are fetched again (after an edit).
    void invalidate(const QString &key);
    // Removes rows of keys that were deleted, without rescanning.
    void forgetKeys(const QStringList &keys);
    // Adds a key created by the user (if it matches no loaded row yet).
    void addKey(const QString &key);

Q_SIGNALS:
    void progressChanged();
    void errorOccurred(const QString &message);

private:
    void requestPage();
    void fetchPage(quint64 generation);
    // Lists the new keys of `page`; returns how many were new.
    int appendPage(const QStringList &page);
    // Removes rows whose details say the key expired or was deleted (on a page load).
    void dropVanished();
    bool isVanished(const QString &key) const;
    // Whether `key` is not listed yet (Redis SCAN repeats keys while the server rehashes);
    // remembers it. O(1): a repeat costs no search of the list.
    bool isNewKey(const QString &key);
    // Moves the rows from `first` on into their sorted places among the sorted rows above,
    // when the sort column is a text column (others sort unfetched rows last anyway).
    void mergeSortedTail(int first);
    // Rows `first`..end ordered by their sort text in `column` (stable); `texts` receives the
    // texts, indexed by row - first.
    std::vector<int> textOrder(int first, int column, Qt::SortOrder order, std::vector<QString> &texts) const;
    // The text the Key and Kind columns sort by.
    QString sortText(const QString &key, int column) const;
    // Reorders the rows: `order[newRow]` is the old row; persistent indexes follow.
    void applyOrder(const std::vector<int> &order);
    void requestInfo(const QString &key) const;
    void flushInfoRequests();
    void tick();

    KeyOperationsPtr m_operations;
    QString m_pattern = QStringLiteral("*");
    int m_pageSize = 1000;
    QList<QString> m_keys;
    // Fingerprints of the listed keys (reserved from DBSIZE, so no rehash while loading).
    QSet<KeyFingerprint> m_seen;
    QHash<QString, KeyInfo> m_info;
    std::shared_ptr<KeyScan> m_scan;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_inFlight = false;
    bool m_complete = false;
    bool m_loadAll = false;
    bool m_stopped = false;
    bool m_failed = false;
    // Whether the last page listed anything (see wantsMore()).
    bool m_lastPageAdded = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // data() is const but asks for details: the request queue is bookkeeping, not state.
    mutable QStringList m_wanted;
    mutable QSet<QString> m_requested;
    mutable QTimer m_infoTimer;
    int m_batchesInFlight = 0;
    QTimer m_tick;
};

} // namespace cashews
