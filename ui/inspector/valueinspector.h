#pragma once

#include "inspector/decodedvalue.h"

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
class ValueTreeModel;

// Shows one key: header with live TTL, signature / compression / format, the cashews-aware
// panel, and the value as a tree, text and hex (bounded preview with "load all" and
// "save to file"). Edit, TTL, rename and delete are offered as signals/actions handled by
// the key browser, which owns the dialogs.
class ValueInspector : public QWidget
{
    Q_OBJECT

public:
    // Text and hex views show at most this much until "Load all" is pressed.
    static constexpr qsizetype PreviewBytes = 256 * 1024;
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
    // Writes the whole stored value (read again if only a prefix is here) to `path`;
    // errors go to errorOccurred. Emits saved(path) when written.
    void saveTo(const QString &path);

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
    void applyLoaded(const QVariant &raw, qint64 totalBytes, qint64 ttlMs, const QString &type);
    // Type, kind and (when `sizeBytes` >= 0) size: how the line under the title starts.
    QStringList keyFacts(qint64 sizeBytes) const;
    void showPartial(qint64 totalBytes);
    void showText(const QString &text);
    void writeFile(const QString &path, const QByteArray &bytes);
    void showPreview(bool everything);
    void saveToFile();
    void updateTtl();

    QPointer<Connection> m_connection;
    QString m_key;
    quint64 m_generation = 0;
    DecodedValue m_decoded;
    qint64 m_ttlMs = -2;
    qint64 m_observedAtMs = 0;
    QString m_type;
    bool m_partial = false;
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
