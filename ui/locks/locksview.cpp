#include "locks/locksview.h"

#include "connections/connection.h"
#include "common/confirmation.h"
#include "common/guarded.h"
#include "store/keyqueries.h"
#include "locks/locksmodel.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace cashews {

LocksView::LocksView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new LocksModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_acquire(new QPushButton(tr("&Acquire…"), this))
    , m_release(new QPushButton(tr("Re&lease"), this))
    , m_force(new QPushButton(tr("For&ce release…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(LocksModel::KeyColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(LocksModel::OwnerColumn, QHeaderView::ResizeToContents);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    m_release->setToolTip(tr("Delete the lock only if it still holds the owner value shown (compare-and-delete)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *button : {refresh, m_acquire, m_release, m_force})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &LocksView::refresh);
    connect(m_acquire, &QPushButton::clicked, this, &LocksView::acquireInteractively);
    connect(m_release, &QPushButton::clicked, this, &LocksView::releaseSelected);
    connect(m_force, &QPushButton::clicked, this, &LocksView::forceReleaseSelected);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->selectRow(index.row());
        QMenu *menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LocksView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LocksView::updateActions);
    if (connection)
        connect(connection, &Connection::writableChanged, this, &LocksView::updateActions);
    updateActions();
}

void LocksView::updateActions()
{
    const bool writable = m_connection && m_connection->isWritable();
    const QString reason = m_connection && m_connection->isReadOnly() ? tr("The connection is read-only")
                           : writable ? QString() : tr("The store is not connected");
    m_acquire->setEnabled(writable);
    m_release->setEnabled(writable && selectedRow() >= 0);
    m_force->setEnabled(writable && selectedRow() >= 0);
    m_acquire->setToolTip(reason);
    m_force->setToolTip(reason);
}

QMenu *LocksView::contextMenu()
{
    auto *menu = new QMenu(this);
    const int row = selectedRow();
    if (row < 0)
        return menu;
    const QString key = m_model->locks().at(row).key;
    menu->addAction(tr("&Copy key"), this, [key] { QApplication::clipboard()->setText(displayKey(key)); });
    menu->addAction(tr("&Open in inspector"), this, [this, key] { Q_EMIT openKeyRequested(key); });
    menu->addSeparator();
    menu->addAction(tr("&Release"), this, &LocksView::releaseSelected)->setEnabled(m_release->isEnabled());
    menu->addAction(tr("&Force release…"), this, &LocksView::forceReleaseSelected)->setEnabled(m_force->isEnabled());
    return menu;
}

void LocksView::refresh()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    QCoro::connect(Guarded<QList<LockEntry>>::of(KeyQueries::locks(m_connection->operations())), this,
                   [this, generation](Guarded<QList<LockEntry>> locks) {
                       if (generation != m_generation)
                           return;
                       if (!locks.ok()) {
                           Q_EMIT statusMessage(tr("Loading locks failed: %1").arg(locks.error));
                       } else {
                           m_summary->setText(tr("%n lock(s) held", nullptr, static_cast<int>(locks.value->size())));
                           m_model->setLocks(std::move(*locks.value));
                       }
                       Q_EMIT updated();
                   });
}

int LocksView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LocksView::acquire(const QString &key, const QString &ttl, const QByteArray &owner)
{
    if (!m_connection)
        return;
    Ttl expire;
    try {
        expire = Ttl::parse(ttl);
    } catch (const CacheError &e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->setLock(key, owner, expire), cache), this, [this, key](Guarded<bool> taken) {
        if (!taken.ok())
            Q_EMIT statusMessage(tr("Acquiring %1 failed: %2").arg(displayKey(key), taken.error));
        else
            Q_EMIT statusMessage(*taken.value ? tr("Lock %1 acquired").arg(displayKey(key))
                                              : tr("Lock %1 is already held").arg(displayKey(key)));
        refresh();
    });
}

void LocksView::acquireInteractively()
{
    if (!m_connection || !m_connection->isWritable())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Acquire lock"));
    auto *key = new QLineEdit(QStringLiteral("lock:"), &dialog);
    auto *ttl = new QLineEdit(QStringLiteral("60"), &dialog);
    auto *owner = new QLineEdit(QUuid::createUuid().toString(QUuid::WithoutBraces), &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Key:"), key);
    form->addRow(tr("&TTL:"), ttl);
    form->addRow(tr("&Owner value:"), owner);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    // A bad TTL keeps the dialog open with the parser's message.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, ttl, error] {
        try {
            Ttl::parse(ttl->text());
            dialog.accept();
        } catch (const CacheError &e) {
            error->setText(e.message());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        acquire(key->text(), ttl->text(), owner->text().toUtf8());
}

void LocksView::releaseSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_connection || !m_connection->isWritable())
        return;
    const LockEntry lock = m_model->locks().at(row);
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->unlock(lock.key, lock.owner), cache), this, [this, lock](Guarded<bool> released) {
        if (!released.ok())
            Q_EMIT statusMessage(tr("Releasing %1 failed: %2").arg(displayKey(lock.key), released.error));
        else if (!*released.value)
            Q_EMIT statusMessage(tr("%1 was not released: it expired or another owner holds it now").arg(displayKey(lock.key)));
        else
            Q_EMIT statusMessage(tr("Lock %1 released").arg(displayKey(lock.key)));
        refresh();
    });
}

void LocksView::forceReleaseSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_connection || !m_connection->isWritable())
        return;
    const LockEntry lock = m_model->locks().at(row);
    if (!Confirmation::ask(this, tr("Force release"),
                           tr("Delete the lock %1 whatever owner holds it? The owner may still be working.").arg(displayKey(lock.key))))
        return;
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->remove(lock.key), cache), this, [this, lock](Guarded<bool> removed) {
        if (!removed.ok())
            Q_EMIT statusMessage(tr("Force release of %1 failed: %2").arg(displayKey(lock.key), removed.error));
        else
            Q_EMIT statusMessage(tr("Lock %1 force-released").arg(displayKey(lock.key)));
        refresh();
    });
}

} // namespace cashews
