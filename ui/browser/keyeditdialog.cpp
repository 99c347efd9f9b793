#include "browser/keyeditdialog.h"

#include "common/logging.h"

#include <cashews/errors.h>
#include <cashews/ttl.h>
#include <cashews/typedjson.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cashews {

namespace {

// Containers whose compact text is at most this long stay on one line ({"$float": "1.5"}).
constexpr qsizetype OneLineLimit = 60;

// Indents compact JSON text token by token, so that numbers of any size pass through unchanged.
QByteArray indentJson(const QByteArray &json)
{
    // Where each bracket closes, to keep short containers on one line.
    QList<qsizetype> closing(json.size(), -1);
    QList<qsizetype> open;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            open.append(i);
        } else if ((c == '}' || c == ']') && !open.isEmpty()) {
            closing[open.takeLast()] = i;
        }
    }
    QByteArray out;
    int depth = 0;
    const auto newline = [&out, &depth] { out += '\n' + QByteArray(2 * depth, ' '); };
    inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            if (closing.at(i) >= 0 && closing.at(i) - i < OneLineLimit) {
                out += json.mid(i, closing.at(i) - i + 1);
                i = closing.at(i);
            } else {
                out += c;
                ++depth;
                newline();
            }
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ' ':
        case '\n':
        case '\t':
        case '\r':
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The replacement tests install, if any.
KeyEditDialog::Confirm &confirmOverride()
{
    static KeyEditDialog::Confirm confirm;
    return confirm;
}

bool confirm(QWidget *parent, const QString &text)
{
    if (confirmOverride())
        return confirmOverride()(parent, text);
    return QMessageBox::warning(parent, KeyEditDialog::tr("Save and re-sign?"), text, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace

KeyEditDialog::KeyEditDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_key(new QLineEdit(this))
    , m_ttl(new QLineEdit(this))
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Create ? tr("New key") : tr("Edit value"));
    m_key->setReadOnly(mode == Mode::Edit);
    m_ttl->setPlaceholderText(tr("e.g. 90, 10m, 1h30m; empty = no expiry"));
    m_editor->setPlaceholderText(tr("Typed JSON: \"text\", 42, {\"$float\": \"1.5\"}, true, null, [1, 2], {\"a\": 1}, {\"$tuple\": [1, 2]}, {\"$datetime\": \"2026-01-01T00:00:00+00:00\"}"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    if (mode == Mode::Create)
        form->addRow(tr("&TTL:"), m_ttl);
    else
        m_ttl->hide();
    form->addRow(tr("&Value:"), m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyEditDialog::reject);
    resize(560, 420);
}

void KeyEditDialog::setKey(const QString &key)
{
    m_key->setText(key);
}

void KeyEditDialog::setValue(const QVariant &value)
{
    m_editor->setPlainText(formatValue(value));
}

void KeyEditDialog::setOriginal(const DecodedValue &original)
{
    setValue(original.value);
    using Signature = DecodedValue::Signature;
    if (original.signature == Signature::Wrong)
        m_resignWarning = tr("The stored value's signature does not verify for this key with the configured secret "
                             "(wrong secret, or signed for another key). Saving replaces it with a value signed with "
                             "this connection's secret; services that use another secret will reject it.\n\nSave anyway?");
    else if (original.signature == Signature::OtherDigest)
        m_resignWarning = tr("The stored value is signed with %1, not with this connection's %2. Saving replaces it "
                             "with a value signed with %2; services configured for %1 will reject it.\n\nSave anyway?")
                              .arg(original.digestmod, original.configuredDigestmod);
    else if (original.signature == Signature::Unverified)
        m_resignWarning = tr("The stored value is signed, but this connection has no secret: saving writes it unsigned, "
                             "which services that sign their values read as a miss.\n\nSave anyway?");
    else
        m_resignWarning.clear();
}

void KeyEditDialog::setConfirm(Confirm confirm)
{
    confirmOverride() = std::move(confirm);
}

QString KeyEditDialog::key() const
{
    return m_key->text();
}

QString KeyEditDialog::ttlText() const
{
    return m_ttl->text().trimmed();
}

QString KeyEditDialog::parseValue(const QString &text, QVariant *value)
{
    try {
        *value = fromTypedJson(text.toUtf8());
    } catch (const CacheError &e) {
        return e.message();
    }
    return {};
}

QString KeyEditDialog::formatValue(const QVariant &value)
{
    if (!value.isValid())
        return {};
    try {
        return QString::fromUtf8(indentJson(toTypedJson(value)));
    } catch (const CacheError &e) {
        qCWarning(lcUi) << "value has no typed JSON form:" << e.message();
        return {};
    }
}

void KeyEditDialog::accept()
{
    if (m_key->text().isEmpty()) {
        m_error->setText(tr("The key must not be empty."));
        return;
    }
    if (m_mode == Mode::Create && !ttlText().isEmpty()) {
        try {
            Ttl::parse(ttlText());
        } catch (const CacheError &e) {
            m_error->setText(e.message());
            return;
        }
    }
    const QString error = parseValue(m_editor->toPlainText(), &m_value);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    if (!m_resignWarning.isEmpty() && !confirm(this, m_resignWarning))
        return;
    QDialog::accept();
}

} // namespace cashews
