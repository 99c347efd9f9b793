#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace cashews {

class BatchDeleter;
class Connection;
class KeyScan;
class TagsModel;

// The tags of a connection: every `_tag:*` set with its size and dangling members, and
// "invalidate tag" (preview of the keys it deletes, then batched deletion with progress).
class TagsView : public QWidget
{
    Q_OBJECT

public:
    explicit TagsView(Connection *connection, QWidget *parent = nullptr);

    TagsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Reloads the tags page by page (the event loop runs between pages).
    void refresh();
    // Tag sets per scan page (default 200); takes effect on the next refresh.
    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    bool isLoading() const { return m_scan != nullptr; }
    // Asks for confirmation (listing the keys), then deletes the tag's existing members and the tag set.
    void invalidateSelected();
    // The context menu of `index`: copy key, open in the inspector, invalidate.
    QMenu *contextMenu(const QModelIndex &index);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The user asked to inspect `key` (a tag set or a member).
    void openKeyRequested(const QString &key);
    // After a refresh loaded its last page (or failed); an invalidation ends with a refresh.
    void updated();

private:
    void loadPage(quint64 generation);
    void updateActions();
    void showSummary();

    QPointer<Connection> m_connection;
    TagsModel *m_model;
    QTreeView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_invalidate;
    QProgressBar *m_progress;
    QLabel *m_summary;
    quint64 m_generation = 0;
    std::shared_ptr<KeyScan> m_scan; // while loading
    int m_pageSize = 200;
    QPointer<BatchDeleter> m_deleter;
};

} // namespace cashews
