#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace cashews {

class BatchDeleter;
class Connection;
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
    void refresh();
    // Asks for confirmation (listing the keys), then deletes the tag's existing members and the tag set.
    void invalidateSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // After a refresh filled the model, or an invalidation finished.
    void updated();

private:
    QPointer<Connection> m_connection;
    TagsModel *m_model;
    QTreeView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_invalidate;
    QProgressBar *m_progress;
    QLabel *m_summary;
    quint64 m_generation = 0;
    QPointer<BatchDeleter> m_deleter;
};

} // namespace cashews
