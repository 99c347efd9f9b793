#include "browser/keybrowser.h"

#include "browser/bulkdeletedialog.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "browser/keyeditdialog.h"
#include "browser/keylistmodel.h"
#include "browser/keytreemodel.h"
#include "inspector/valueinspector.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace cashews {

KeyBrowser::KeyBrowser(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new KeyListModel(connection->operations(), this))
    , m_treeSort(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_modeBox(new QComboBox(this))
    , m_delimiters(new QLineEdit(QStringLiteral(":"), this))
    , m_pageSize(new QSpinBox(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_loadAll(new QPushButton(tr("Load &all"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_inspector(new ValueInspector(this))
{
    m_filter->setPlaceholderText(tr("Filter (glob on the server, e.g. app.users:*) — Enter to apply"));
    m_filter->setClearButtonEnabled(true);
    m_modeBox->addItem(tr("List"));
    m_modeBox->addItem(tr("Namespaces"));
    m_modeBox->addItem(tr("Cashews meaning"));
    m_modeBox->setToolTip(tr("How to group the keys"));
    m_delimiters->setToolTip(tr("Namespace delimiters, separated by spaces (e.g. \": /\")"));
    m_delimiters->setMaximumWidth(80);
    m_pageSize->setRange(10, 100000);
    m_pageSize->setSingleStep(500);
    m_pageSize->setValue(m_model->pageSize());
    m_pageSize->setToolTip(tr("Keys per scan page"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);

    m_treeSort->setSortRole(KeyListModel::SortRole);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_modeBox);
    filterRow->addWidget(new QLabel(tr("Delimiters:"), this));
    filterRow->addWidget(m_delimiters);
    filterRow->addWidget(new QLabel(tr("Page:"), this));
    filterRow->addWidget(m_pageSize);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_loadMore);
    progressRow->addWidget(m_loadAll);
    progressRow->addWidget(m_cancel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(progressRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_treeSort, &QAbstractItemModel::rowsInserted, this, &KeyBrowser::reopenExpanded);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { setFilter(m_filter->text()); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int index) { setViewMode(static_cast<ViewMode>(index)); });
    connect(m_delimiters, &QLineEdit::editingFinished, this, &KeyBrowser::applyDelimiters);
    connect(m_pageSize, &QSpinBox::valueChanged, m_model, &KeyListModel::setPageSize);
    connect(m_loadMore, &QPushButton::clicked, m_model, &KeyListModel::loadMore);
    connect(m_loadAll, &QPushButton::clicked, m_model, &KeyListModel::loadAll);
    connect(m_cancel, &QPushButton::clicked, m_model, &KeyListModel::cancel);
    connect(m_model, &KeyListModel::progressChanged, this, &KeyBrowser::updateProgress);
    connect(m_model, &KeyListModel::errorOccurred, this, &KeyBrowser::statusMessage);
    connect(m_inspector, &ValueInspector::errorOccurred, this, &KeyBrowser::statusMessage);
    connect(m_inspector, &ValueInspector::editRequested, this, &KeyBrowser::editValue);
    connect(m_inspector, &ValueInspector::ttlRequested, this, &KeyBrowser::editTtl);
    connect(m_inspector, &ValueInspector::renameRequested, this, &KeyBrowser::renameKey);
    connect(m_inspector, &ValueInspector::deleteRequested, this, &KeyBrowser::deleteSelected);

    setViewMode(ViewMode::List);
    m_model->reload();
}

void KeyBrowser::setViewMode(ViewMode mode)
{
    m_mode = mode;
    if (m_modeBox->currentIndex() != static_cast<int>(mode))
        m_modeBox->setCurrentIndex(static_cast<int>(mode));
    m_delimiters->setEnabled(mode == ViewMode::Namespaces);
    if (mode == ViewMode::List) {
        m_view->setModel(m_model);
        m_view->setRootIsDecorated(false);
        m_treeSort->setSourceModel(nullptr);
        delete m_tree;
        m_tree = nullptr;
    } else {
        auto *tree = new KeyTreeModel(m_model, mode == ViewMode::Cashews ? KeyTreeModel::Grouping::Cashews
                                                                         : KeyTreeModel::Grouping::Delimiters, this);
        if (mode == ViewMode::Namespaces)
            tree->setDelimiters(m_delimiters->text().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        m_treeSort->setSourceModel(tree);
        m_view->setModel(m_treeSort);
        m_view->setRootIsDecorated(true);
        delete m_tree;
        m_tree = tree;
    }
    m_view->header()->setSectionResizeMode(KeyListModel::KeyColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column = KeyListModel::KindColumn; column < KeyListModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &KeyBrowser::currentChanged);
}

void KeyBrowser::applyDelimiters()
{
    if (m_tree && m_mode == ViewMode::Namespaces)
        m_tree->setDelimiters(m_delimiters->text().split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void KeyBrowser::rememberExpanded(const QModelIndex &parent)
{
    for (int row = 0; row < m_treeSort->rowCount(parent); ++row) {
        const QModelIndex index = m_treeSort->index(row, 0, parent);
        if (m_view->isExpanded(index)) {
            m_expanded.insert(index.data(KeyTreeModel::PatternRole).toString());
            rememberExpanded(index);
        }
    }
}

void KeyBrowser::reopenExpanded(const QModelIndex &parent, int first, int last)
{
    if (m_expanded.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_treeSort->index(row, 0, parent);
        if (m_expanded.contains(index.data(KeyTreeModel::PatternRole).toString()))
            m_view->expand(index);
    }
}

void KeyBrowser::setFilter(const QString &pattern)
{
    if (m_filter->text() != pattern)
        m_filter->setText(pattern);
    m_model->setPattern(pattern.trimmed());
    m_model->reload();
}

void KeyBrowser::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void KeyBrowser::reload()
{
    m_expanded.clear();
    if (m_tree)
        rememberExpanded({});
    m_model->reload();
    m_inspector->refresh();
}

void KeyBrowser::selectKey(const QString &key)
{
    QModelIndex index;
    if (m_mode == ViewMode::List) {
        const int row = m_model->rowOf(key);
        if (row >= 0)
            index = m_model->index(row, 0);
    } else if (m_tree) {
        index = m_treeSort->mapFromSource(m_tree->indexOfKey(key));
    }
    if (index.isValid()) {
        m_view->scrollTo(index);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_inspector->showKey(m_connection, key);
    }
}

QString KeyBrowser::currentKey() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(KeyListModel::KeyRole).toString();
}

QStringList KeyBrowser::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString key = index.data(KeyListModel::KeyRole).toString();
        if (!key.isEmpty())
            keys << key;
    }
    if (keys.isEmpty() && !m_inspector->key().isEmpty())
        keys << m_inspector->key();
    return keys;
}

void KeyBrowser::currentChanged()
{
    const QString key = currentKey();
    if (!key.isEmpty())
        m_inspector->showKey(m_connection, key);
}

void KeyBrowser::updateProgress()
{
    const qint64 scanned = m_model->scannedCount();
    const qint64 total = m_model->totalCount();
    QString text = total >= 0 ? tr("%1 of %2 keys scanned").arg(scanned).arg(total) : tr("%1 keys scanned").arg(scanned);
    if (m_model->isComplete())
        text += tr(" — complete");
    else if (m_model->isLoading())
        text += tr(" — loading…");
    m_progressText->setText(text);
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? static_cast<int>(qMin<qint64>(1000, scanned * 1000 / total)) : 0);
    m_progress->setVisible(!m_model->isComplete());
    m_loadMore->setEnabled(!m_model->isComplete() && !m_model->isLoading());
    m_loadAll->setEnabled(!m_model->isComplete());
    m_cancel->setEnabled(m_model->isLoading());
}

void KeyBrowser::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_connection)
        return;
    QStringList shown;
    for (const QString &key : keys.mid(0, 10))
        shown << displayKey(key);
    const auto answer = QMessageBox::question(this, tr("Delete keys"),
                                              tr("Delete %n key(s)?", nullptr, static_cast<int>(keys.size()))
                                                  + QStringLiteral("\n\n") + shown.join(QLatin1Char('\n')));
    if (answer != QMessageBox::Yes)
        return;
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<qint64>::of(cache->removeMany(keys), cache), this, [this, keys](Guarded<qint64> removed) {
        if (!removed.ok()) {
            Q_EMIT statusMessage(tr("Delete failed: %1").arg(removed.error));
            return;
        }
        m_model->forgetKeys(keys);
        if (keys.contains(m_inspector->key()))
            m_inspector->showKey(m_connection, {});
        Q_EMIT statusMessage(tr("Deleted %n key(s)", nullptr, static_cast<int>(*removed.value)));
    });
}

void KeyBrowser::newKey()
{
    if (!m_connection)
        return;
    KeyEditDialog dialog(KeyEditDialog::Mode::Create, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString key = dialog.key();
    const Ttl ttl = dialog.ttlText().isEmpty() ? Ttl() : Ttl::parse(dialog.ttlText());
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->set(key, dialog.value(), ttl), cache), this, [this, key](Guarded<bool> done) {
        if (!done.ok()) {
            Q_EMIT statusMessage(tr("Creating %1 failed: %2").arg(displayKey(key), done.error));
            return;
        }
        m_model->addKey(key);
        selectKey(key);
        Q_EMIT statusMessage(tr("Created %1").arg(displayKey(key)));
    });
}

void KeyBrowser::editValue()
{
    const QString key = m_inspector->key();
    if (key.isEmpty() || !m_connection)
        return;
    // Sets, partly read and undecodable values would be overwritten by what the editor shows.
    if (const QString blocked = m_inspector->editBlockedReason(); !blocked.isEmpty()) {
        Q_EMIT statusMessage(tr("Cannot edit %1: %2").arg(displayKey(key), blocked));
        return;
    }
    KeyEditDialog dialog(KeyEditDialog::Mode::Edit, this);
    dialog.setKey(displayKey(key));
    dialog.setOriginal(m_inspector->decoded());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Keep the key's remaining TTL: a cashews set() without expire would drop it on Redis.
    const qint64 left = m_inspector->remainingMs();
    const Ttl ttl = left > 0 ? Ttl::fromMilliseconds(left) : Ttl();
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->set(key, dialog.value(), ttl), cache), this, [this, key](Guarded<bool> done) {
        if (!done.ok()) {
            Q_EMIT statusMessage(tr("Saving %1 failed: %2").arg(displayKey(key), done.error));
            return;
        }
        m_model->invalidate(key);
        m_inspector->refresh();
        Q_EMIT statusMessage(tr("Saved %1").arg(displayKey(key)));
    });
}

void KeyBrowser::editTtl()
{
    const QString key = m_inspector->key();
    if (key.isEmpty() || !m_connection)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Set TTL"),
                                               tr("New TTL for %1 (e.g. 90, 10m, 1h30m; 0 = persist):").arg(displayKey(key)),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Ttl ttl;
    try {
        ttl = Ttl::parse(text.trimmed());
    } catch (const CacheError &e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->expire(key, ttl), cache), this, [this, key](Guarded<bool> done) {
        if (!done.ok() || !*done.value) {
            Q_EMIT statusMessage(tr("Setting the TTL of %1 failed: %2")
                                     .arg(displayKey(key), done.ok() ? tr("the key does not exist") : done.error));
            return;
        }
        m_model->invalidate(key);
        m_inspector->refresh();
        Q_EMIT statusMessage(tr("TTL of %1 updated").arg(displayKey(key)));
    });
}

void KeyBrowser::renameKey()
{
    const QString key = m_inspector->key();
    if (key.isEmpty() || !m_connection)
        return;
    bool ok = false;
    const QString newKey = QInputDialog::getText(this, tr("Rename key"), tr("New name for %1:").arg(displayKey(key)),
                                                 QLineEdit::Normal, key, &ok);
    if (!ok || newKey.isEmpty() || newKey == key)
        return;
    const auto cache = m_connection->cache();
    QCoro::connect(Guarded<bool>::of(cache->rename(key, newKey), cache), this, [this, key, newKey](Guarded<bool> done) {
        if (!done.ok() || !*done.value) {
            Q_EMIT statusMessage(tr("Renaming %1 failed: %2").arg(displayKey(key), done.ok() ? tr("the key does not exist") : done.error));
            return;
        }
        m_model->forgetKeys({key});
        m_model->addKey(newKey);
        selectKey(newKey);
        Q_EMIT statusMessage(tr("Renamed %1 to %2").arg(displayKey(key), displayKey(newKey)));
    });
}

} // namespace cashews

namespace cashews {

void KeyBrowser::bulkDelete()
{
    if (!m_connection)
        return;
    QString pattern = m_view->currentIndex().siblingAtColumn(0).data(KeyTreeModel::PatternRole).toString();
    if (pattern.isEmpty())
        pattern = m_model->pattern() == QLatin1StringView("*") ? QString() : m_model->pattern();
    auto *dialog = new BulkDeleteDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPattern(pattern);
    connect(dialog, &BulkDeleteDialog::statusMessage, this, &KeyBrowser::statusMessage);
    connect(dialog, &BulkDeleteDialog::deleted, this, [this](qint64, const QStringList &keys) {
        m_model->forgetKeys(keys);
        if (keys.contains(m_inspector->key()))
            m_inspector->showKey(m_connection, {});
    });
    dialog->open();
    if (!pattern.isEmpty())
        dialog->preview();
}

} // namespace cashews
