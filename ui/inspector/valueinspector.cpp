#include "inspector/valueinspector.h"

#include "inspector/cashewsdetails.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "browser/keyeditdialog.h"
#include "common/keymeaning.h"
#include "common/ttlformat.h"
#include "inspector/membermodel.h"
#include "inspector/valuedecoder.h"
#include "inspector/valuetreemodel.h"

#include <cashews/cache.h>
#include <cashews/clock.h>
#include <cashews/keycodec.h>

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace cashews {

namespace {

// Between the facts of the line under the title.
const QString MetaSeparator = QStringLiteral("  ·  ");

} // namespace

// What one load read.
struct LoadedKey
{
    RawPrefix raw;
    qint64 ttlMs = -2;
    QString type;
    qint64 memoryBytes = -1;
    MemberPage members;
};

namespace {

// Reads at most `maxBytes` of a key's value, its PTTL, type and memory estimate; the commands
// are started together (one pipeline), and a large value is never transferred whole for a
// preview. Containers get their first page of entries instead.
QCoro::Task<LoadedKey> loadKey(std::shared_ptr<Cache> cache, QString key, qint64 maxBytes)
{
    auto raw = cache->getRawPrefix(key, maxBytes);
    auto ttl = cache->getExpireMs(key);
    auto type = cache->keyType(key);
    auto size = cache->getSize(key);
    LoadedKey loaded;
    loaded.raw = co_await raw;
    loaded.ttlMs = co_await ttl;
    loaded.type = co_await type;
    loaded.memoryBytes = co_await size;
    if (MemberModel::isContainer(loaded.type))
        loaded.members = co_await cache->memberPage(key, {}, ValueInspector::MemberPageSize);
    co_return loaded;
}

// Whether the decoded value is bytes (or could not be decoded): the Hex tab shows it best.
bool isBinary(const DecodedValue &decoded)
{
    return !decoded.value.isValid() || decoded.value.metaType().id() == QMetaType::QByteArray;
}

QString hexDump(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4);
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        const QByteArray line = bytes.mid(offset, 16);
        out += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        for (int i = 0; i < 16; ++i)
            out += i < line.size() ? QStringLiteral("%1 ").arg(static_cast<uchar>(line.at(i)), 2, 16, QLatin1Char('0'))
                                   : QStringLiteral("   ");
        out += QLatin1Char(' ');
        for (const char c : line)
            out += (static_cast<uchar>(c) >= 0x20 && static_cast<uchar>(c) < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

ValueInspector::ValueInspector(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_ttl(new QLabel(this))
    , m_details(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new ValueTreeModel(this))
    , m_text(new QPlainTextEdit(this))
    , m_hex(new QPlainTextEdit(this))
    , m_json(new QPlainTextEdit(this))
    , m_members(new QTreeView(this))
    , m_memberModel(new MemberModel(this))
    , m_moreMembers(new QPushButton(tr("Load more entries"), this))
    , m_truncated(new QLabel(this))
    , m_loadAll(new QPushButton(tr("Load all"), this))
    , m_save(new QPushButton(tr("Save to file…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_setTtl(new QPushButton(tr("Set &TTL…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_meta->setWordWrap(true);
    m_truncated->setWordWrap(true); // a long note must not widen the inspector
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ValueTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_members->setModel(m_memberModel);
    m_members->setRootIsDecorated(false);
    m_members->setUniformRowHeights(true);
    m_text->setReadOnly(true);
    m_hex->setReadOnly(true);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->addTab(m_json, tr("Typed JSON"));
    m_tabs->addTab(m_members, tr("Entries"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_ttl);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_edit, m_setTtl, m_rename, m_delete})
        actions->addWidget(button);
    actions->addStretch(1);

    auto *preview = new QHBoxLayout;
    preview->addWidget(m_truncated, 1);
    preview->addWidget(m_moreMembers);
    preview->addWidget(m_loadAll);
    preview->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(preview);
    layout->addLayout(actions);

    connect(m_edit, &QPushButton::clicked, this, &ValueInspector::editRequested);
    connect(m_setTtl, &QPushButton::clicked, this, &ValueInspector::ttlRequested);
    connect(m_rename, &QPushButton::clicked, this, &ValueInspector::renameRequested);
    connect(m_delete, &QPushButton::clicked, this, &ValueInspector::deleteRequested);
    connect(m_loadAll, &QPushButton::clicked, this, &ValueInspector::loadAll);
    connect(m_save, &QPushButton::clicked, this, &ValueInspector::saveToFile);
    connect(m_moreMembers, &QPushButton::clicked, this, &ValueInspector::loadMoreMembers);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ValueInspector::updateTtl);
    showKey(nullptr, {});
}

void ValueInspector::showKey(Connection *connection, const QString &key)
{
    ++m_generation;
    m_connection = connection;
    m_key = key;
    m_decoded = {};
    m_type.clear();
    m_memoryBytes = -1;
    m_partial = false;
    m_showAll = false;
    m_gone = false;
    m_loadedOnce = false;
    m_detailRows.clear();
    m_memberCursor.clear();
    m_treeModel->clear();
    m_memberModel->clear();
    m_text->clear();
    m_hex->clear();
    m_json->clear();
    m_details->clear();
    m_meta->clear();
    m_truncated->clear();
    m_loadAll->setVisible(false);
    m_moreMembers->setVisible(false);
    m_tick.stop();
    updateActions();
    if (!connection || key.isEmpty()) {
        m_title->setText(tr("Select a key to inspect it"));
        m_ttl->clear();
        return;
    }
    m_title->setText(displayKey(key));
    m_ttl->setText(tr("loading…"));
    load(PreviewBytes);
}

void ValueInspector::load(qint64 maxBytes)
{
    const quint64 generation = ++m_generation;
    QCoro::connect(Guarded<LoadedKey>::of(loadKey(m_connection->cache(), m_key, maxBytes)), this,
                   [this, generation](Guarded<LoadedKey> result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_ttl->clear();
                           m_meta->setText(tr("Could not read the key: %1").arg(result.error));
                           Q_EMIT errorOccurred(tr("Reading %1 failed: %2").arg(displayKey(m_key), result.error));
                           Q_EMIT loaded();
                           return;
                       }
                       applyLoaded(*result.value);
                   });
}

void ValueInspector::loadAll()
{
    if (!m_partial) {
        showPreview(true);
        return;
    }
    if (m_connection) {
        m_showAll = true;
        load(std::numeric_limits<qint64>::max());
    }
}

void ValueInspector::loadMoreMembers()
{
    if (!m_connection || m_memberCursor.isEmpty())
        return;
    const quint64 generation = m_generation;
    const std::shared_ptr<Cache> cache = m_connection->cache();
    QCoro::connect(Guarded<MemberPage>::of(cache->memberPage(m_key, m_memberCursor, MemberPageSize), cache), this,
                   [this, generation](Guarded<MemberPage> page) {
                       if (generation != m_generation)
                           return;
                       if (!page.ok()) {
                           Q_EMIT errorOccurred(tr("Reading %1 failed: %2").arg(displayKey(m_key), page.error));
                           return;
                       }
                       m_memberModel->append(page.value->entries);
                       m_memberCursor = page.value->cursor;
                       showMembers();
                   });
}

void ValueInspector::refresh()
{
    showKey(m_connection, m_key);
}

qint64 ValueInspector::remainingMs() const
{
    if (m_ttlMs < 0)
        return m_ttlMs;
    const qint64 left = m_ttlMs - (nowMs() - m_observedAtMs);
    return left > 0 ? left : -2;
}

QString ValueInspector::detailsText() const
{
    return m_details->text();
}

QWidget *ValueInspector::currentView() const
{
    return m_tabs->currentWidget();
}

QWidget *ValueInspector::textView() const
{
    return m_text;
}

QWidget *ValueInspector::hexView() const
{
    return m_hex;
}

QWidget *ValueInspector::membersView() const
{
    return m_members;
}

QString ValueInspector::shownText() const
{
    return m_text->toPlainText();
}

QString ValueInspector::editBlockedReason() const
{
    if (!m_connection || m_key.isEmpty())
        return tr("No key is selected.");
    if (!m_loadedOnce)
        return tr("The key is still loading.");
    if (m_gone)
        return tr("The key no longer exists.");
    if (!m_connection->isWritable())
        return tr("The connection is read-only or disconnected.");
    if (m_type != QLatin1StringView("string"))
        return tr("%1 keys hold entries, not one value: saving a value would replace the %1 with a string "
                  "(services using it would then fail with WRONGTYPE).").arg(m_type);
    if (m_partial)
        return tr("Only the first %1 of the value are loaded: press Load all to edit it.").arg(TtlFormat::bytes(m_decoded.raw.size()));
    if (!m_decoded.value.isValid())
        return tr("The value could not be decoded: the editor cannot show it, and saving would replace it.");
    if (KeyEditDialog::formatValue(m_decoded.value).isEmpty())
        return tr("This value has no typed JSON form the editor could show.");
    return {};
}

void ValueInspector::updateActions()
{
    const bool present = m_connection && !m_key.isEmpty() && !m_gone;
    // Writes are greyed out on a read-only or disconnected connection; saving to a file is not a write.
    for (QPushButton *button : {m_setTtl, m_rename, m_delete})
        button->setEnabled(present && m_connection->isWritable());
    const QString blocked = editBlockedReason();
    m_edit->setEnabled(blocked.isEmpty());
    m_edit->setToolTip(blocked);
    m_save->setEnabled(present && m_loadedOnce && m_type == QLatin1StringView("string"));
}

void ValueInspector::markGone(const QString &why)
{
    m_gone = true;
    m_meta->setText(why);
    updateActions();
}

void ValueInspector::applyLoaded(const LoadedKey &read)
{
    m_ttlMs = read.ttlMs;
    m_observedAtMs = nowMs();
    m_type = read.type;
    m_memoryBytes = read.memoryBytes;
    m_loadedOnce = true;
    const bool container = MemberModel::isContainer(m_type);
    for (QWidget *view : {static_cast<QWidget *>(m_tree), static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_hex),
                          static_cast<QWidget *>(m_json)})
        m_tabs->setTabVisible(m_tabs->indexOf(view), !container);
    m_tabs->setTabVisible(m_tabs->indexOf(m_members), container);
    updateTtl();
    if (m_ttlMs >= 0)
        m_tick.start();
    if (container) {
        m_memberModel->reset(m_type, read.members.entries);
        m_memberCursor = read.members.cursor;
        m_tabs->setCurrentWidget(m_members);
        showMembers();
        updateActions();
        loadDetails();
        return;
    }
    const QVariant &raw = read.raw.value;
    // Module types (JSON, Bloom filters, ...) exist but are neither strings nor containers.
    if (!raw.isValid() && m_type != QLatin1StringView("none") && m_type != QLatin1StringView("string")) {
        m_meta->setText(keyFacts(-1).join(MetaSeparator) + QLatin1Char('\n')
                        + tr("The studio cannot show the content of %1 keys.").arg(m_type));
        updateActions();
        loadDetails();
        return;
    }
    if (!raw.isValid()) {
        markGone(tr("The key does not exist (any more)."));
        Q_EMIT loaded();
        return;
    }
    m_partial = raw.metaType().id() == QMetaType::QByteArray && read.raw.totalBytes > raw.toByteArray().size();
    if (m_partial) {
        m_decoded = {};
        m_decoded.raw = raw.toByteArray();
        showPartial(read.raw.totalBytes);
        updateActions();
        Q_EMIT loaded();
        return;
    }
    m_decoded = ValueDecoder::decode(m_key, raw, m_connection ? m_connection->config().options : QVariantMap());

    QStringList meta = keyFacts(m_decoded.raw.isEmpty() ? -1 : m_decoded.raw.size());
    if (!m_decoded.format.isEmpty())
        meta << tr("Format: %1").arg(m_decoded.format);
    meta << tr("Compression: %1").arg(m_decoded.compression.isEmpty() ? tr("none") : m_decoded.compression);
    meta << tr("Signature: %1").arg(m_decoded.signatureText());
    QString metaText = meta.join(MetaSeparator);
    if (!m_decoded.error.isEmpty())
        metaText += QLatin1Char('\n') + tr("Decoding: %1").arg(m_decoded.error);
    m_meta->setText(metaText);

    m_treeModel->setValue(m_decoded.value);
    m_tree->expandToDepth(1);
    showPreview(m_showAll);
    // Bytes and undecodable values mean nothing as text: they open on their bytes.
    if (isBinary(m_decoded))
        m_tabs->setCurrentWidget(m_hex);
    else if (!m_tabs->isTabVisible(m_tabs->currentIndex()) || m_tabs->currentWidget() == m_hex)
        m_tabs->setCurrentWidget(m_tree);
    updateActions();
    loadDetails();
}

void ValueInspector::loadDetails()
{
    if (!m_connection) {
        Q_EMIT loaded();
        return;
    }
    const quint64 generation = m_generation;
    QCoro::connect(Guarded<QList<CashewsDetails::Row>>::of(
                       CashewsDetails::describe(m_connection->cache(), m_key, m_decoded, m_ttlMs, m_observedAtMs)),
                   this, [this, generation](Guarded<QList<CashewsDetails::Row>> details) {
                       if (generation != m_generation)
                           return;
                       if (!details.ok()) {
                           m_detailRows.clear();
                           m_details->setText(tr("Details unavailable: %1").arg(details.error).toHtmlEscaped());
                           Q_EMIT errorOccurred(details.error);
                       } else {
                           m_detailRows = *details.value;
                           m_details->setText(CashewsDetails::render(m_detailRows));
                           if (hasTimedFigures() && !m_gone)
                               m_tick.start();
                       }
                       Q_EMIT loaded();
                   });
}

void ValueInspector::showMembers()
{
    const int count = m_memberModel->rowCount();
    QStringList meta = keyFacts(-1);
    meta << (hasMoreMembers() ? tr("%Ln entries read, more in the store", nullptr, count)
                              : tr("%Ln entries", nullptr, count));
    meta << tr("Read-only here");
    m_meta->setText(meta.join(MetaSeparator));
    m_moreMembers->setVisible(hasMoreMembers());
    m_truncated->setText(hasMoreMembers() ? tr("Showing the first %Ln entries.", nullptr, count) : QString());
}

void ValueInspector::showPreview(bool everything)
{
    QByteArray bytes = m_decoded.raw;
    // Text is the decoded value: a string as it is, anything else as indented typed JSON;
    // the stored bytes (signature, pickle) live in Hex.
    QString text;
    const QString json = KeyEditDialog::formatValue(m_decoded.value);
    if (m_decoded.value.metaType().id() == QMetaType::QString)
        text = m_decoded.value.toString();
    else if (m_decoded.value.metaType().id() == QMetaType::QByteArray)
        text = tr("Binary value (%1): its bytes are in the Hex tab.").arg(TtlFormat::bytes(m_decoded.value.toByteArray().size()));
    else if (!m_decoded.value.isValid())
        text = tr("Not decoded: %1\nThe stored bytes are in the Hex tab.").arg(m_decoded.error);
    else
        text = json.isEmpty() ? ValueTreeModel::summary(m_decoded.value) : json;
    const bool cut = !everything && (bytes.size() > PreviewBytes || text.size() > PreviewBytes);
    if (cut) {
        bytes.truncate(PreviewBytes);
        text.truncate(PreviewBytes);
        m_truncated->setText(tr("Showing the first %1 of %2.").arg(TtlFormat::bytes(PreviewBytes), TtlFormat::bytes(m_decoded.raw.size())));
    } else {
        m_truncated->clear();
    }
    m_loadAll->setVisible(cut);
    showText(text);
    // Hex is 4-5 characters per byte: even "everything" stops at HexLimit (Save to file has all).
    m_hex->setPlainText(hexDump(bytes.left(HexLimit)));
    m_json->setPlainText(!everything && json.size() > PreviewBytes ? json.left(PreviewBytes) : json);
}

QStringList ValueInspector::keyFacts(qint64 valueBytes) const
{
    QStringList facts{tr("Type: %1").arg(m_type), tr("Kind: %1").arg(KeyMeaning::strategyLabel(KeyMeaning::classify(m_key).strategy))};
    if (valueBytes >= 0)
        facts << tr("Value: %1").arg(TtlFormat::bytes(valueBytes));
    // The store's own estimate (Redis MEMORY USAGE): key, value and overhead.
    if (m_memoryBytes > 0)
        facts << tr("Memory in store: %1").arg(TtlFormat::bytes(m_memoryBytes));
    return facts;
}

void ValueInspector::showPartial(qint64 totalBytes)
{
    // A prefix cannot be decoded (nor its signature checked): its bytes only, until Load all.
    m_meta->setText(keyFacts(totalBytes).join(MetaSeparator));
    m_truncated->setText(tr("Read the first %1 of %2; Load all reads and decodes the whole value.")
                             .arg(TtlFormat::bytes(m_decoded.raw.size()), TtlFormat::bytes(totalBytes)));
    m_loadAll->setVisible(true);
    showText(tr("Not decoded yet: only the first %1 of %2 were read (Load all reads and decodes the value). "
                "Their bytes are in the Hex tab.")
                 .arg(TtlFormat::bytes(m_decoded.raw.size()), TtlFormat::bytes(totalBytes)));
    m_hex->setPlainText(hexDump(m_decoded.raw));
    m_json->clear();
    m_tabs->setCurrentWidget(m_hex);
}

void ValueInspector::showText(const QString &text)
{
    // Wrapping a long line costs QPlainTextEdit minutes (a 256 KB line without breaks: ~50 s);
    // unwrapped it is laid out in about a second.
    m_text->setLineWrapMode(text.size() <= WrapLimit ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_text->setPlainText(text);
}

void ValueInspector::saveToFile()
{
    // The decoded form needs the whole value decoded; a prefix has only its bytes.
    SaveFormat format = SaveFormat::Raw;
    if (!m_partial && m_decoded.value.isValid() && !KeyEditDialog::formatValue(m_decoded.value).isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Save value"),
                        tr("Save %1 as its decoded value (typed JSON) or as the bytes stored (%2, signature and "
                           "serialization included)?").arg(displayKey(m_key), TtlFormat::bytes(m_decoded.raw.size())),
                        QMessageBox::Cancel, this);
        QPushButton *decoded = box.addButton(tr("&Decoded (typed JSON)"), QMessageBox::AcceptRole);
        QPushButton *raw = box.addButton(tr("&Raw bytes"), QMessageBox::AcceptRole);
        box.setDefaultButton(decoded);
        box.exec();
        if (box.clickedButton() != decoded && box.clickedButton() != raw)
            return;
        format = box.clickedButton() == decoded ? SaveFormat::TypedJson : SaveFormat::Raw;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save value"), {},
                                                      format == SaveFormat::TypedJson ? tr("JSON (*.json)") : QString());
    if (!path.isEmpty())
        saveTo(path, format);
}

void ValueInspector::saveTo(const QString &path, SaveFormat format)
{
    if (format == SaveFormat::TypedJson) {
        const QString json = KeyEditDialog::formatValue(m_decoded.value);
        if (json.isEmpty())
            Q_EMIT errorOccurred(tr("%1 has no typed JSON form to save").arg(displayKey(m_key)));
        else
            writeFile(path, json.toUtf8() + '\n');
        return;
    }
    if (!m_partial) {
        writeFile(path, m_decoded.raw.isEmpty() ? KeyEditDialog::formatValue(m_decoded.value).toUtf8() : m_decoded.raw);
        return;
    }
    if (!m_connection)
        return;
    const std::shared_ptr<Cache> cache = m_connection->cache();
    QCoro::connect(Guarded<QVariant>::of(cache->getRaw(m_key), cache), this, [this, path](Guarded<QVariant> raw) {
        if (!raw.ok())
            Q_EMIT errorOccurred(tr("Reading %1 failed: %2").arg(displayKey(m_key), raw.error));
        else if (!raw.value->isValid())
            Q_EMIT errorOccurred(tr("%1 no longer exists").arg(displayKey(m_key)));
        else
            writeFile(path, raw.value->toByteArray());
    });
}

void ValueInspector::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        Q_EMIT errorOccurred(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    m_truncated->setText(tr("Saved %1 to %2.").arg(TtlFormat::bytes(bytes.size()), path));
    Q_EMIT saved(path);
}

void ValueInspector::updateTtl()
{
    const qint64 left = remainingMs();
    m_ttl->setText(tr("TTL: %1").arg(TtlFormat::remaining(left)));
    if (!m_detailRows.isEmpty())
        m_details->setText(CashewsDetails::render(m_detailRows));
    // A key with a TTL that ran out is gone from the store: say so, and offer nothing on it.
    if (!m_gone && m_ttlMs >= 0 && left == -2)
        markGone(tr("The key has expired: it is no longer in the store."));
    if (m_gone || !hasTimedFigures())
        m_tick.stop();
}

bool ValueInspector::hasTimedFigures() const
{
    return m_ttlMs >= 0 || std::any_of(m_detailRows.cbegin(), m_detailRows.cend(), [](const CashewsDetails::Row &row) {
        return row.time != CashewsDetails::Row::Time::None;
    });
}

} // namespace cashews
