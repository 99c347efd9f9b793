#pragma once

#include "inspector/cashewsdetails.h"
#include "inspector/decodedvalue.h"

#include <cashews/backend.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace cashews {

class Connection;
class MemberModel;
class ValueTreeModel;
struct LoadedKey;

// Shows one key: header with live TTL, signature / compression / format, the cashews-aware
// panel, and the value as a tree, text (decoded) and hex (stored bytes), with a bounded
// preview, "load all" and "save to file"; sets, zsets, hashes, lists and streams show their
// entries page by page. Every time-derived figure counts down; an expired key is said to be
// gone and its actions are disabled. Edit, TTL, rename and delete are offered as
// signals/actions handled by the key browser, which owns the dialogs.
class ValueInspector : public QWidget
{
    Q_OBJECT

public:
    // Text and hex views show at most this much until "Load all" is pressed.
    static constexpr qsizetype PreviewBytes = 256 * 1024;
    // Entries of a set, zset, hash, list or stream read per page.
    static constexpr int MemberPageSize = 200;
    // The hex view never shows more than this many bytes.
    static constexpr qsizetype HexLimit = 4 * 1024 * 1024;
    // The text view wraps lines only up to this many characters.
    static constexpr qsizetype WrapLimit = 16 * 1024;

    explicit ValueInspector(QWidget *parent = nullptr);

    // Loads `key` from `connection` (asynchronously); an empty key clears the inspector.
    void showKey(Connection *connection, const QString &key);
    QString key() const { return m_key; }
    const DecodedValue &decoded() const { return m_decoded; }
    // Milliseconds left as last observed, -1 without expiry, -2 missing.
    qint64 remainingMs() const;
    // The cashews-aware panel as shown (rich text).
    QString detailsText() const;
    // Reloads the current key.
    void refresh();
    // Whether only the first PreviewBytes of a larger stored value were read (not decoded).
    bool isPartial() const { return m_partial; }
    // "Load all": reads and decodes the whole value when only a prefix was read, else
    // lifts the display limit of the text views.
    void loadAll();
    // What saveTo() writes: the stored bytes, or the decoded value as typed JSON.
    enum class SaveFormat : quint8 { Raw, TypedJson };
    // Writes the whole stored value (read again if only a prefix is here) to `path`, or its
    // typed JSON; errors go to errorOccurred. Emits saved(path) when written.
    void saveTo(const QString &path, SaveFormat format = SaveFormat::Raw);
    // Why Edit is not offered for the key as loaded (translated), or an empty string when it is:
    // only string values read whole and decoded can be edited without destroying data.
    QString editBlockedReason() const;
    // Whether the key was found gone (missing or expired since it was loaded).
    bool isGone() const { return m_gone; }
    // The type the store reported ("string", "set", ...; empty before a load).
    QString type() const { return m_type; }
    // The entries of a container key read so far.
    const MemberModel *members() const { return m_memberModel; }
    // Whether the container key has entries not read yet.
    bool hasMoreMembers() const { return !m_memberCursor.isEmpty(); }
    // Reads the next page of entries.
    void loadMoreMembers();
    // The tab that shows the value or entries now (for tests and screenshots).
    QWidget *currentView() const;
    QWidget *textView() const;
    QWidget *hexView() const;
    QWidget *membersView() const;
    // The decoded value as the Text tab shows it.
    QString shownText() const;

Q_SIGNALS:
    void editRequested();
    void ttlRequested();
    void renameRequested();
    void deleteRequested();
    void errorOccurred(const QString &message);
    // Emitted after a load finished (success or not), mainly for tests and screenshots.
    void loaded();
    void saved(const QString &path);

private:
    // Reads at most `maxBytes` of the key's value with its TTL and type.
    void load(qint64 maxBytes);
    void applyLoaded(const LoadedKey &read);
    // The facts line and paging controls for the entries read so far.
    void showMembers();
    void loadDetails();
    // Type, kind, value size (when `valueBytes` >= 0) and the store's memory estimate: how
    // the line under the title starts.
    QStringList keyFacts(qint64 valueBytes) const;
    // Enables the actions for the key as loaded (Edit with its reason as tooltip).
    void updateActions();
    void markGone(const QString &why);
    void showPartial(qint64 totalBytes);
    void showText(const QString &text);
    void writeFile(const QString &path, const QByteArray &bytes);
    void showPreview(bool everything);
    void saveToFile();
    // Counts the header TTL and the details down; notices the expiry.
    void updateTtl();
    // Whether anything shown depends on the time (the timer runs only then).
    bool hasTimedFigures() const;

    QPointer<Connection> m_connection;
    QString m_key;
    quint64 m_generation = 0;
    DecodedValue m_decoded;
    qint64 m_ttlMs = -2;
    qint64 m_observedAtMs = 0;
    QString m_type;
    qint64 m_memoryBytes = -1;
    bool m_partial = false;
    bool m_gone = false;
    bool m_loadedOnce = false;
    QList<CashewsDetails::Row> m_detailRows;
    QByteArray m_memberCursor;
    // The whole value was asked for: no display limit either.
    bool m_showAll = false;

    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_ttl;
    QLabel *m_details;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    ValueTreeModel *m_treeModel;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_hex;
    QPlainTextEdit *m_json;
    QTreeView *m_members;
    MemberModel *m_memberModel;
    QPushButton *m_moreMembers;
    QLabel *m_truncated;
    QPushButton *m_loadAll;
    QPushButton *m_save;
    QPushButton *m_edit;
    QPushButton *m_setTtl;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QTimer m_tick;
};

} // namespace cashews
