#include "browser/bulkdeletedialog.h"

#include "store/batchdeleter.h"
#include "common/confirmation.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "store/keyqueries.h"

#include <cashews/keycodec.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cashews {

namespace {

constexpr int PreviewLines = 50;

} // namespace

BulkDeleteDialog::BulkDeleteDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_pattern(new QLineEdit(this))
    , m_summary(new QLabel(tr("Preview the pattern to see what it deletes."), this))
    , m_list(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_cancel(new QPushButton(tr("&Cancel deletion"), this))
{
    setWindowTitle(tr("Delete keys by pattern"));
    m_pattern->setPlaceholderText(tr("glob, e.g. app.users:get_user:*"));
    m_list->setReadOnly(true);
    m_progress->setVisible(false);
    m_delete->setEnabled(false);
    m_cancel->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Pattern:"), m_pattern);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(m_pattern, &QLineEdit::textChanged, this, [this] {
        // A changed pattern invalidates the preview: only previewed keys may be deleted.
        m_keys.clear();
        m_delete->setEnabled(false);
    });
    connect(m_pattern, &QLineEdit::returnPressed, this, &BulkDeleteDialog::preview);
    connect(m_preview, &QPushButton::clicked, this, &BulkDeleteDialog::preview);
    connect(m_delete, &QPushButton::clicked, this, &BulkDeleteDialog::startDelete);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_deleter)
            m_deleter->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkDeleteDialog::reject);
    resize(620, 480);
}

void BulkDeleteDialog::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
}

void BulkDeleteDialog::preview()
{
    if (!m_connection || m_pattern->text().isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Scanning…"));
    m_list->clear();
    QStringList patterns{m_pattern->text()};
    QCoro::connect(Guarded<QStringList>::of(KeyQueries::collect(m_connection->operations(), patterns)), this,
                   [this, generation](Guarded<QStringList> keys) {
                       if (generation != m_generation)
                           return;
                       if (!keys.ok()) {
                           m_summary->setText(tr("Scanning failed: %1").arg(keys.error));
                           Q_EMIT statusMessage(m_summary->text());
                           return;
                       }
                       m_keys = *keys.value;
                       m_summary->setText(tr("%n key(s) match.", nullptr, static_cast<int>(m_keys.size())));
                       QStringList lines;
                       for (const QString &key : m_keys.mid(0, PreviewLines))
                           lines << displayKey(key);
                       if (m_keys.size() > PreviewLines)
                           lines << tr("… and %n more", nullptr, static_cast<int>(m_keys.size() - PreviewLines));
                       m_list->setPlainText(lines.join(QLatin1Char('\n')));
                       m_delete->setEnabled(!m_keys.isEmpty());
                       Q_EMIT previewReady(static_cast<int>(m_keys.size()));
                   });
}

void BulkDeleteDialog::startDelete()
{
    if (!m_connection || m_keys.isEmpty() || (m_deleter && m_deleter->isRunning()))
        return;
    const QStringList keys = m_keys;
    if (!Confirmation::destructive(this, tr("Delete keys by pattern"),
                                   tr("Delete the %n key(s) matching %1? This cannot be undone.", nullptr,
                                      static_cast<int>(keys.size()))
                                       .arg(m_pattern->text()),
                                   keys))
        return;
    m_deleter = new BatchDeleter(m_connection->operations(), keys, this);
    m_progress->setRange(0, static_cast<int>(keys.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_delete->setEnabled(false);
    m_preview->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(m_deleter, &BatchDeleter::progress, m_progress, [this](int done) { m_progress->setValue(done); });
    auto finish = [this] {
        m_cancel->setEnabled(false);
        m_preview->setEnabled(true);
        m_keys.clear();
        m_deleter->deleteLater();
    };
    connect(m_deleter, &BatchDeleter::failed, this, [this, finish](const QString &message) {
        m_summary->setText(tr("Deleting failed: %1").arg(message));
        Q_EMIT statusMessage(m_summary->text());
        finish();
    });
    connect(m_deleter, &BatchDeleter::finished, this, [this, finish, keys](qint64 removed, bool cancelled) {
        m_summary->setText(cancelled ? tr("Cancelled after deleting %n key(s).", nullptr, static_cast<int>(removed))
                                     : tr("Deleted %n key(s).", nullptr, static_cast<int>(removed)));
        Q_EMIT statusMessage(m_summary->text());
        finish();
        Q_EMIT deleted(removed, keys);
    });
    m_deleter->start();
}

} // namespace cashews
