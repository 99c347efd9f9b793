#include "inspector/valueinspector.h"

#include "inspector/cashewsdetails.h"
#include "connections/connection.h"
#include "common/guarded.h"
#include "browser/keyeditdialog.h"
#include "common/keymeaning.h"
#include "common/ttlformat.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace cashews {

namespace {

// Between the facts of the line under the title.
const QString MetaSeparator = QStringLiteral("  ·  ");

struct Loaded
{
    RawPrefix raw;
    qint64 ttlMs = -2;
    QString type;
};

// Reads at most `maxBytes` of a key's value, its PTTL and type; the commands are started
// together (one pipeline), and a large value is never transferred whole for a preview.
QCoro::Task<Loaded> loadKey(std::shared_ptr<Cache> cache, QString key, qint64 maxBytes)
{
    auto raw = cache->getRawPrefix(key, maxBytes);
    auto ttl = cache->getExpireMs(key);
    auto type = cache->keyType(key);
    Loaded loaded;
    loaded.raw = co_await raw;
    loaded.ttlMs = co_await ttl;
    loaded.type = co_await type;
    co_return loaded;
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
    m_text->setReadOnly(true);
    m_hex->setReadOnly(true);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->addTab(m_json, tr("Typed JSON"));
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
    m_partial = false;
    m_showAll = false;
    m_treeModel->clear();
    m_text->clear();
    m_hex->clear();
    m_json->clear();
    m_details->clear();
    m_meta->clear();
    m_truncated->clear();
    m_loadAll->setVisible(false);
    m_tick.stop();
    const bool haveKey = connection && !key.isEmpty();
    // Writes are greyed out on a read-only or disconnected connection; saving to a file is not a write.
    for (QPushButton *button : {m_edit, m_setTtl, m_rename, m_delete})
        button->setEnabled(haveKey && connection->isWritable());
    m_save->setEnabled(haveKey);
    if (!haveKey) {
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
    QCoro::connect(Guarded<Loaded>::of(loadKey(m_connection->cache(), m_key, maxBytes)), this,
                   [this, generation](Guarded<Loaded> result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_ttl->clear();
                           m_meta->setText(tr("Could not read the key: %1").arg(result.error));
                           Q_EMIT errorOccurred(tr("Reading %1 failed: %2").arg(displayKey(m_key), result.error));
                           Q_EMIT loaded();
                           return;
                       }
                       const Loaded &value = *result.value;
                       applyLoaded(value.raw.value, value.raw.totalBytes, value.ttlMs, value.type);
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

void ValueInspector::applyLoaded(const QVariant &raw, qint64 totalBytes, qint64 ttlMs, const QString &type)
{
    m_ttlMs = ttlMs;
    m_observedAtMs = nowMs();
    m_type = type;
    updateTtl();
    if (ttlMs >= 0)
        m_tick.start();
    if (!raw.isValid() && type != QLatin1StringView("set") && type != QLatin1StringView("zset")) {
        m_meta->setText(tr("The key does not exist (any more)."));
        Q_EMIT loaded();
        return;
    }
    m_partial = raw.metaType().id() == QMetaType::QByteArray && totalBytes > raw.toByteArray().size();
    if (m_partial) {
        m_decoded = {};
        m_decoded.raw = raw.toByteArray();
        showPartial(totalBytes);
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

    if (m_connection) {
        const quint64 generation = m_generation;
        QCoro::connect(Guarded<QString>::of(CashewsDetails::describe(m_connection->cache(), m_key, m_decoded, ttlMs)), this,
                       [this, generation](Guarded<QString> details) {
                           if (generation != m_generation)
                               return;
                           if (!details.ok()) {
                               m_details->setText(tr("Details unavailable: %1").arg(details.error).toHtmlEscaped());
                               Q_EMIT errorOccurred(details.error);
                           } else {
                               m_details->setText(*details.value);
                           }
                           Q_EMIT loaded();
                       });
    } else {
        Q_EMIT loaded();
    }
}

void ValueInspector::showPreview(bool everything)
{
    QByteArray bytes = m_decoded.raw;
    QString text;
    if (m_decoded.value.metaType().id() == QMetaType::QString)
        text = m_decoded.value.toString();
    else if (m_decoded.liveObject || bytes.isEmpty())
        text = ValueTreeModel::summary(m_decoded.value);
    else
        text = QString::fromUtf8(bytes);
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
    QString json = KeyEditDialog::formatValue(m_decoded.value);
    if (!everything && json.size() > PreviewBytes)
        json.truncate(PreviewBytes);
    m_json->setPlainText(json);
}

QStringList ValueInspector::keyFacts(qint64 sizeBytes) const
{
    QStringList facts{tr("Type: %1").arg(m_type), tr("Kind: %1").arg(KeyMeaning::strategyLabel(KeyMeaning::classify(m_key).strategy))};
    if (sizeBytes >= 0)
        facts << tr("Size: %1").arg(TtlFormat::bytes(sizeBytes));
    return facts;
}

void ValueInspector::showPartial(qint64 totalBytes)
{
    // A prefix cannot be decoded (nor its signature checked): raw views only, until Load all.
    m_meta->setText(keyFacts(totalBytes).join(MetaSeparator));
    m_truncated->setText(tr("Read the first %1 of %2; Load all reads and decodes the whole value.")
                             .arg(TtlFormat::bytes(m_decoded.raw.size()), TtlFormat::bytes(totalBytes)));
    m_loadAll->setVisible(true);
    showText(QString::fromUtf8(m_decoded.raw));
    m_hex->setPlainText(hexDump(m_decoded.raw));
    m_json->clear();
    if (m_tabs->currentWidget() == m_tree || m_tabs->currentWidget() == m_json)
        m_tabs->setCurrentWidget(m_text);
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Save value"));
    if (!path.isEmpty())
        saveTo(path);
}

void ValueInspector::saveTo(const QString &path)
{
    if (!m_partial) {
        writeFile(path, m_decoded.raw.isEmpty() ? m_text->toPlainText().toUtf8() : m_decoded.raw);
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
    Q_EMIT saved(path);
}

void ValueInspector::updateTtl()
{
    const qint64 left = remainingMs();
    m_ttl->setText(tr("TTL: %1").arg(TtlFormat::remaining(left)));
    if (left < 0)
        m_tick.stop();
}

} // namespace cashews
