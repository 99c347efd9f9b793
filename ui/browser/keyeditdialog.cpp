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
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cashews {

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
        return QString::fromUtf8(toTypedJson(value));
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
    QDialog::accept();
}

} // namespace cashews
