#include "browser/keybrowser.h"

#include "browser/bulkdeletedialog.h"
#include "common/confirmation.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "browser/keyeditdialog.h"
#include "browser/keylistmodel.h"
#include "browser/keytreemodel.h"
#include "browser/naturalsortproxy.h"
#include "browser/ttldialog.h"
#include "inspector/valuedecoder.h"
#include "inspector/valueinspector.h"
#include "common/keymeaning.h"
#include "common/ttlformat.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>
#include <cashews/typedjson.h>

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cashews {

namespace {

// Widest a detail column (kind, type, TTL, memory) starts, in average characters.
constexpr int MaxDetailColumnChars = 14;

} // namespace

KeyBrowser::KeyBrowser(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new KeyListModel(connection->operations(), this))
    , m_treeSort(new NaturalSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_filterMode(new QComboBox(this))
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
    m_filter->setClearButtonEnabled(true);
    m_filterMode->addItem(tr("Contains"));
    m_filterMode->addItem(tr("Glob"));
    m_filterMode->setToolTip(tr("Contains: keys with the text anywhere (*text*). Glob: the pattern as typed "
                                "(* ? [abc]; without them, the exact key)."));
    m_modeBox->addItem(tr("List"));
    m_modeBox->addItem(tr("Namespaces"));
    m_modeBox->addItem(tr("By meaning"));
    m_modeBox->setToolTip(tr("How to group the keys"));
    // Combo boxes would otherwise be as wide as their longest item (German ones are long)
    // and force the window wider than 1024 px.
    for (QComboBox *box : {m_filterMode, m_modeBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_delimiters->setToolTip(tr("Namespace delimiters, separated by spaces (e.g. \": /\")"));
    m_delimiters->setMaximumWidth(80);
    m_pageSize->setRange(10, 100000);
    m_pageSize->setSingleStep(500);
    m_pageSize->setValue(m_model->pageSize());
    m_pageSize->setToolTip(tr("Keys per scan page"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    // The progress text may be cut rather than widen the window; its tooltip has it whole.
    m_progressText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progressText->setMinimumWidth(40);

    m_treeSort->setSortRole(KeyListModel::SortRole);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    // Keys of one function share long prefixes: eliding at the right made rows look alike.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // Two rows: in one, the filter was squeezed to a few characters and the row alone kept the
    // window from fitting 1024 px.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterMode);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(m_modeBox);
    viewRow->addWidget(new QLabel(tr("Delimiters:"), this));
    viewRow->addWidget(m_delimiters);
    viewRow->addWidget(new QLabel(tr("Page:"), this));
    viewRow->addWidget(m_pageSize);
    viewRow->addStretch(1);

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
    leftLayout->addLayout(viewRow);
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
    // The clear button empties the text without Enter: an empty filter applies at once.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_model->pattern() != QLatin1StringView("*"))
            setFilter(QString());
    });
    connect(m_filterMode, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterHint();
        if (!m_filter->text().isEmpty())
            setFilter(m_filter->text());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &KeyBrowser::showContextMenu);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int index) { setViewMode(static_cast<ViewMode>(index)); });
    connect(m_delimiters, &QLineEdit::editingFinished, this, &KeyBrowser::applyDelimiters);
    connect(m_pageSize, &QSpinBox::valueChanged, m_model, &KeyListModel::setPageSize);
    connect(m_loadMore, &QPushButton::clicked, m_model, &KeyListModel::loadMore);
    connect(m_loadAll, &QPushButton::clicked, m_model, &KeyListModel::loadAll);
    connect(m_cancel, &QPushButton::clicked, m_model, &KeyListModel::cancel);
    connect(m_model, &KeyListModel::progressChanged, this, &KeyBrowser::updateProgress);
    // More on scroll: the next page when the view shows its end (or is not full yet).
    connect(m_model, &KeyListModel::progressChanged, this, &KeyBrowser::loadMoreAtTheEnd, Qt::QueuedConnection);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &KeyBrowser::loadMoreAtTheEnd);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &KeyBrowser::loadMoreAtTheEnd);
    connect(m_model, &KeyListModel::errorOccurred, this, &KeyBrowser::statusMessage);
    // Details arrive and TTLs run out as the model repaints: the current key may have vanished.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeyBrowser::currentKeyStateChanged);
    connect(m_inspector, &ValueInspector::errorOccurred, this, &KeyBrowser::statusMessage);
    connect(m_inspector, &ValueInspector::editRequested, this, &KeyBrowser::editValue);
    connect(m_inspector, &ValueInspector::ttlRequested, this, &KeyBrowser::editTtl);
    connect(m_inspector, &ValueInspector::renameRequested, this, &KeyBrowser::renameKey);
    connect(m_inspector, &ValueInspector::deleteRequested, this, &KeyBrowser::deleteSelected);

    updateFilterHint();
    setViewMode(ViewMode::List);
    m_model->reload();
}

void KeyBrowser::updateFilterHint()
{
    m_filter->setPlaceholderText(m_filterMode->currentIndex() == 0
                                     ? tr("Filter: keys containing the text — Enter to apply")
                                     : tr("Filter: glob (e.g. app.users:*; no * ? [ ] = the exact key) — Enter to apply"));
}

QString KeyBrowser::patternFor(const QString &text, bool glob)
{
    if (text.isEmpty() || glob)
        return text;
    // Contains: the text is literal, wherever it is in the key.
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('*') + escaped + QLatin1Char('*');
}

void KeyBrowser::setFilterMode(FilterMode mode)
{
    m_filterMode->setCurrentIndex(mode == FilterMode::Contains ? 0 : 1);
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
    // The key gets the stretch; the other columns get widths from sample texts, not from
    // ResizeToContents, which asks every loaded row for its details (a store round trip each).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(KeyListModel::KeyColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    // Samples in the display language: German TTL and kind texts are longer.
    const QString samples[] = {{},
                               KeyMeaning::strategyLabel(KeyMeaning::Strategy::CircuitBreaker) + QStringLiteral(" · ")
                                   + std::max(KeyMeaning::roleLabel(QStringLiteral("halfopen")),
                                              KeyMeaning::roleLabel(QStringLiteral("fails")),
                                              [](const QString &a, const QString &b) { return a.size() < b.size(); }),
                               QStringLiteral("string"),
                               std::max(TtlFormat::remaining(23 * 3600000 + 59 * 60000), TtlFormat::remaining(-1),
                                    [](const QString &a, const QString &b) { return a.size() < b.size(); }),
                               TtlFormat::bytes(1023 * 1024 + 1000)};
    for (int column = KeyListModel::KindColumn; column < KeyListModel::ColumnCount; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        const int wanted = qMax(metrics.horizontalAdvance(samples[column]), metrics.horizontalAdvance(title)) + 16;
        // The longest kind ("circuit breaker · half open") would take the key's room in a
        // 1024 px window; such cells are elided, their tooltip has them whole.
        header->resizeSection(column, qMin(wanted, metrics.averageCharWidth() * MaxDetailColumnChars));
    }
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

void KeyBrowser::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_model->setPattern(patternFor(text.trimmed(), m_filterMode->currentIndex() == 1));
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

QStringList KeyBrowser::selectedKeys() const
{
    QStringList keys;
    QSet<QString> seen;
    const auto add = [&keys, &seen](const QString &key) {
        if (!seen.contains(key)) {
            seen.insert(key);
            keys << key;
        }
    };
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        // A key row holds its key (the empty key "" included); a group row holds none and
        // stands for the keys under it.
        const QVariant key = index.data(KeyListModel::KeyRole);
        if (key.isValid()) {
            add(key.toString());
        } else if (m_tree) {
            for (const QString &leaf : m_tree->keysUnder(m_treeSort->mapToSource(index)))
                add(leaf);
        }
    }
    return keys;
}

void KeyBrowser::currentChanged()
{
    // A group row has no key: the inspector shows nothing rather than the previous key.
    const QVariant key = m_view->currentIndex().siblingAtColumn(0).data(KeyListModel::KeyRole);
    m_inspector->showKey(m_connection, key.toString());
    Q_EMIT currentKeyStateChanged();
}

void KeyBrowser::updateProgress()
{
    const QLocale locale;
    const qint64 scanned = m_model->scannedCount();
    const qint64 total = m_model->totalCount();
    QString text = total >= 0 ? tr("%1 of %2 keys scanned").arg(locale.toString(scanned), locale.toString(total))
                              : tr("%1 keys scanned").arg(locale.toString(scanned));
    if (m_model->pattern() != QLatin1StringView("*"))
        text += tr(", %1 match").arg(locale.toString(m_model->matchedCount()));
    if (m_model->isFailed())
        text += tr(" — failed");
    else if (m_model->isComplete())
        text += tr(" — complete");
    else if (m_model->isLoading())
        text += tr(" — loading…");
    else if (m_model->isStopped())
        text += tr(" — stopped");
    const int among = m_model->sortedAmong();
    if (among >= 0)
        text += tr(" — sorted among %1 loaded").arg(locale.toString(among));
    m_progressText->setText(text);
    m_progressText->setToolTip(text);
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? static_cast<int>(qMin<qint64>(1000, scanned * 1000 / total)) : 0);
    m_progress->setVisible(!m_model->isComplete());
    m_loadMore->setEnabled(!m_model->isComplete() && !m_model->isLoading());
    m_loadAll->setEnabled(!m_model->isComplete());
    m_cancel->setEnabled(m_model->isLoading());
}

void KeyBrowser::loadMoreAtTheEnd()
{
    if (!m_model->wantsMore())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    // Without a scroll range, "at the end" means rows do not fill the view yet.
    const bool atEnd = bar->maximum() > 0 ? bar->value() >= bar->maximum()
                                          : !m_view->indexAt(QPoint(1, m_view->viewport()->height() - 2)).isValid();
    if (atEnd)
        m_model->loadMore();
}

bool KeyBrowser::canWriteCurrentKey() const
{
    if (!m_connection || m_connection->isReadOnly())
        return false;
    const QVariant vanished = m_view->currentIndex().siblingAtColumn(0).data(KeyListModel::VanishedRole);
    return !vanished.toBool();
}

bool KeyBrowser::refuseVanished(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0 || !m_model->index(row, 0).data(KeyListModel::VanishedRole).toBool())
        return false;
    Q_EMIT statusMessage(tr("%1 no longer exists (it expired or was deleted)").arg(displayKey(key)));
    return true;
}

void KeyBrowser::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || !m_connection)
        return;
    const QVariant keyData = index.siblingAtColumn(0).data(KeyListModel::KeyRole);
    const bool isKey = keyData.isValid();
    const QString key = keyData.toString();
    const bool writable = !m_connection->isReadOnly();
    const bool vanished = index.siblingAtColumn(0).data(KeyListModel::VanishedRole).toBool();
    QMenu menu(this);
    QAction *copyKey = menu.addAction(tr("Copy &key"));
    QAction *copyText = menu.addAction(tr("Copy &value"));
    QAction *copyJson = menu.addAction(tr("Copy as typed &JSON"));
    menu.addSeparator();
    QAction *open = menu.addAction(tr("&Open"));
    QAction *rename = menu.addAction(tr("Re&name…"));
    QAction *ttl = menu.addAction(tr("Set &TTL…"));
    QAction *remove = menu.addAction(tr("&Delete…"));
    for (QAction *action : {copyKey, copyText, copyJson, open})
        action->setEnabled(isKey);
    copyText->setEnabled(isKey && !vanished);
    copyJson->setEnabled(isKey && !vanished);
    rename->setEnabled(isKey && writable && !vanished);
    ttl->setEnabled(isKey && writable && !vanished);
    remove->setEnabled(writable);
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(position));
    if (!chosen)
        return;
    if (chosen == copyKey) {
        QGuiApplication::clipboard()->setText(displayKey(key));
    } else if (chosen == copyText || chosen == copyJson) {
        copyValue(key, chosen == copyJson);
    } else if (chosen == remove) {
        // The row under the cursor joins the selection, as a right click in a file manager does.
        if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        deleteSelected();
    } else {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (chosen == rename)
            renameKey();
        else if (chosen == ttl)
            editTtl();
    }
}

void KeyBrowser::copyValue(const QString &key, bool typedJson)
{
    if (!m_connection)
        return;
    const auto operations = m_connection->operations();
    const QVariantMap options = m_connection->config().options;
    QCoro::connect(Guarded<QList<QVariant>>::of(operations->rawValues(QStringList{key}), operations), this,
                   [this, key, typedJson, options](Guarded<QList<QVariant>> stored) {
                       if (!stored.ok() || !stored.value->constFirst().isValid()) {
                           Q_EMIT statusMessage(tr("Copying the value of %1 failed: %2")
                                                    .arg(displayKey(key), stored.ok() ? tr("the key does not exist") : stored.error));
                           return;
                       }
                       const DecodedValue decoded = ValueDecoder::decode(key, stored.value->constFirst(), options);
                       if (!decoded.value.isValid()) {
                           Q_EMIT statusMessage(tr("Copying the value of %1 failed: %2").arg(displayKey(key), decoded.error));
                           return;
                       }
                       QString text;
                       if (!typedJson && decoded.value.typeId() == QMetaType::QString) {
                           text = decoded.value.toString();
                       } else {
                           try {
                               text = QString::fromUtf8(toTypedJson(decoded.value));
                           } catch (const CacheError &e) {
                               Q_EMIT statusMessage(tr("Copying the value of %1 failed: %2").arg(displayKey(key), e.message()));
                               return;
                           }
                       }
                       QGuiApplication::clipboard()->setText(text);
                       Q_EMIT statusMessage(tr("Copied the value of %1").arg(displayKey(key)));
                   });
}

void KeyBrowser::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_connection)
        return;
    if (!Confirmation::destructive(this, tr("Delete keys"),
                                   tr("Delete %n key(s)? This cannot be undone.", nullptr, static_cast<int>(keys.size())),
                                   keys))
        return;
    const auto operations = m_connection->operations();
    QCoro::connect(Guarded<qint64>::of(operations->removeKeys(keys), operations), this, [this, keys](Guarded<qint64> removed) {
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
    if (key.isEmpty() || !m_connection || refuseVanished(key))
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
    if (key.isEmpty() || !m_connection || refuseVanished(key))
        return;
    TtlDialog dialog(displayKey(key), m_inspector->remainingMs(), this);
    if (dialog.exec() != QDialog::Accepted || !m_connection)
        return;
    const Ttl ttl = dialog.ttl();
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
    if (key.isEmpty() || !m_connection || refuseVanished(key))
        return;
    bool ok = false;
    const QString newKey = QInputDialog::getText(this, tr("Rename key"), tr("New name for %1:").arg(displayKey(key)),
                                                 QLineEdit::Normal, key, &ok);
    if (!ok || newKey.isEmpty() || newKey == key)
        return;
    // What the new name holds now, so that replacing it is a choice made knowing what goes.
    const auto operations = m_connection->operations();
    QCoro::connect(Guarded<QList<KeyInfo>>::of(operations->keyInfo(QStringList{newKey}), operations), this,
                   [this, key, newKey](Guarded<QList<KeyInfo>> target) {
                       if (!target.ok()) {
                           Q_EMIT statusMessage(tr("Renaming %1 failed: %2").arg(displayKey(key), target.error));
                           return;
                       }
                       const KeyInfo &info = target.value->constFirst();
                       const bool taken = info.type != QLatin1StringView("none");
                       if (taken
                           && !Confirmation::destructive(
                               this, tr("Replace key"),
                               tr("%1 already exists (%2, %3, TTL %4). Rename %5 to it and lose its current value?")
                                   .arg(displayKey(newKey), info.type, TtlFormat::bytes(info.size),
                                        TtlFormat::remaining(info.remainingMs(nowMs())), displayKey(key)),
                               {newKey}))
                           return;
                       finishRename(key, newKey, taken);
                   });
}

void KeyBrowser::finishRename(const QString &key, const QString &newKey, bool replace)
{
    if (!m_connection)
        return;
    const auto operations = m_connection->operations();
    QCoro::connect(Guarded<bool>::of(operations->rename(key, newKey, replace), operations), this,
                   [this, key, newKey](Guarded<bool> done) {
                       if (!done.ok() || !*done.value) {
                           Q_EMIT statusMessage(tr("Renaming %1 failed: %2")
                                                    .arg(displayKey(key), done.ok() ? tr("the key does not exist") : done.error));
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
