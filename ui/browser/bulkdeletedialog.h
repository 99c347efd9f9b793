#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cashews {

class BatchDeleter;
class Connection;

// Bulk delete by pattern: "Preview" scans the glob and shows how many keys match and the
// first of them; "Delete" removes exactly the previewed keys in batches, with progress and
// cancel.
class BulkDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkDeleteDialog(Connection *connection, QWidget *parent = nullptr);

    void setPattern(const QString &pattern);
    void preview();
    void startDelete();
    QStringList previewedKeys() const { return m_keys; }

Q_SIGNALS:
    void previewReady(int count);
    // Emitted when deletion ended; `removed` keys are gone.
    void deleted(qint64 removed, const QStringList &keys);
    void statusMessage(const QString &message);

private:
    QPointer<Connection> m_connection;
    QLineEdit *m_pattern;
    QLabel *m_summary;
    QPlainTextEdit *m_list;
    QProgressBar *m_progress;
    QPushButton *m_preview;
    QPushButton *m_delete;
    QPushButton *m_cancel;
    QStringList m_keys;
    quint64 m_generation = 0;
    QPointer<BatchDeleter> m_deleter;
};

} // namespace cashews
