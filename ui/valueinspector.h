#pragma once

#include "decodedvalue.h"

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

Q_SIGNALS:
    void editRequested();
    void ttlRequested();
    void renameRequested();
    void deleteRequested();
    void errorOccurred(const QString &message);
    // Emitted after a load finished (success or not), mainly for tests and screenshots.
    void loaded();

private:
    void applyLoaded(const QVariant &raw, qint64 ttlMs, const QString &type);
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
