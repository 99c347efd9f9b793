#include "tags/tagsview.h"

#include "store/batchdeleter.h"
#include "common/confirmation.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "store/keyqueries.h"
#include "store/keyscan.h"
#include "tags/tagsmodel.h"

#include <cashews/tagkey.h>
#include <cashews/keycodec.h>

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cashews {

TagsView::TagsView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new TagsModel(this))
    , m_view(new QTreeView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_invalidate(new QPushButton(tr("Invalidate &tag…"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(TagsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_progress->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_invalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &TagsView::refresh);
    connect(m_invalidate, &QPushButton::clicked, this, &TagsView::invalidateSelected);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu *menu = contextMenu(index);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagsView::updateActions);
    if (connection)
        connect(connection, &Connection::writableChanged, this, &TagsView::updateActions);
    updateActions();
}

void TagsView::updateActions()
{
    const bool writable = m_connection && m_connection->isWritable();
    m_invalidate->setEnabled(writable && m_model->tagAt(m_view->currentIndex()));
    m_invalidate->setToolTip(m_connection && m_connection->isReadOnly() ? tr("The connection is read-only")
                             : writable ? QString() : tr("The store is not connected"));
}

QMenu *TagsView::contextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString key = index.siblingAtColumn(TagsModel::NameColumn).data(TagsModel::KeyRole).toString();
    menu->addAction(tr("&Copy key"), this, [key] { QApplication::clipboard()->setText(displayKey(key)); });
    menu->addAction(tr("&Open in inspector"), this, [this, key] { Q_EMIT openKeyRequested(key); });
    menu->addSeparator();
    QAction *invalidate = menu->addAction(tr("&Invalidate tag…"), this, &TagsView::invalidateSelected);
    invalidate->setEnabled(m_invalidate->isEnabled());
    return menu;
}

void TagsView::refresh()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_model->setTags({});
    updateActions();
    m_scan = m_connection->operations()->scan(tagKeyPrefix() + u'*', m_pageSize);
    m_summary->setText(tr("Loading tags…"));
    loadPage(generation);
}

void TagsView::loadPage(quint64 generation)
{
    QCoro::connect(Guarded<std::optional<QList<TagEntry>>>::of(KeyQueries::tagPage(m_connection->operations(), m_scan)), this,
                   [this, generation](Guarded<std::optional<QList<TagEntry>>> page) {
                       if (generation != m_generation)
                           return;
                       if (!page.ok() || !page.value->has_value()) {
                           m_scan.reset();
                           if (page.ok()) {
                               showSummary();
                           } else {
                               m_summary->setText(tr("Loading tags failed"));
                               Q_EMIT statusMessage(tr("Loading tags failed: %1").arg(page.error));
                           }
                           Q_EMIT updated();
                           return;
                       }
                       m_model->addTags(std::move(**page.value));
                       m_summary->setText(tr("Loading tags… %n so far", nullptr, static_cast<int>(m_model->tags().size())));
                       // Through the event loop, so that a store answering at once (mem://)
                       // still lets the UI paint between pages.
                       QTimer::singleShot(0, this, [this, generation] {
                           if (generation == m_generation && m_connection)
                               loadPage(generation);
                       });
                   });
}

void TagsView::showSummary()
{
    int dangling = 0;
    for (const TagEntry &tag : m_model->tags())
        dangling += tag.danglingCount();
    m_summary->setText(tr("%n tag(s)", nullptr, static_cast<int>(m_model->tags().size()))
                       + QStringLiteral(", ") + tr("%n dangling member(s)", nullptr, dangling));
}

void TagsView::invalidateSelected()
{
    const TagEntry *tag = m_model->tagAt(m_view->currentIndex());
    if (!tag || !m_connection || !m_connection->isWritable() || (m_deleter && m_deleter->isRunning()))
        return;
    QStringList keys;
    for (qsizetype i = 0; i < tag->members.size(); ++i) {
        if (tag->exists.value(i))
            keys << tag->members.at(i);
    }
    if (!Confirmation::destructive(this, tr("Invalidate tag"),
                                   tr("Invalidate tag \"%1\"? This deletes %n key(s) and the tag set.", nullptr,
                                      static_cast<int>(keys.size()))
                                       .arg(displayKey(tag->name())),
                                   keys))
        return;
    const QString tagName = tag->name();
    keys << tag->key;
    m_deleter = new BatchDeleter(m_connection->operations(), keys, this);
    m_progress->setRange(0, static_cast<int>(keys.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    connect(m_deleter, &BatchDeleter::progress, m_progress, [this](int done) { m_progress->setValue(done); });
    connect(m_deleter, &BatchDeleter::failed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        Q_EMIT statusMessage(tr("Invalidating the tag failed: %1").arg(message));
        m_deleter->deleteLater();
        refresh();
    });
    connect(m_deleter, &BatchDeleter::finished, this, [this, tagName](qint64 removed) {
        m_progress->setVisible(false);
        Q_EMIT statusMessage(tr("Tag %1 invalidated: %n key(s) deleted", nullptr, static_cast<int>(removed)).arg(displayKey(tagName)));
        m_deleter->deleteLater();
        refresh();
    });
    m_deleter->start();
}

} // namespace cashews
