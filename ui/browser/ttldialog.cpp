#include "browser/ttldialog.h"

#include <cashews/errors.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

namespace cashews {

TtlDialog::TtlDialog(const QString &displayedKey, qint64 remainingMs, QWidget *parent)
    : QDialog(parent)
    , m_input(new QLineEdit(this))
    , m_noExpiry(new QCheckBox(tr("&No expiry (the key stays until deleted)"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Set TTL"));
    auto *prompt = new QLabel(tr("New &TTL for %1 (e.g. 90, 10m, 1h30m):").arg(displayedKey), this);
    prompt->setBuddy(m_input);
    prompt->setWordWrap(true);
    m_input->setText(remainingMs > 0 ? ttlText(remainingMs) : QString());
    m_input->selectAll();
    m_noExpiry->setChecked(remainingMs == -1);
    m_input->setEnabled(!m_noExpiry->isChecked());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_input);
    layout->addWidget(m_noExpiry);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_noExpiry, &QCheckBox::toggled, this, [this](bool checked) {
        m_input->setEnabled(!checked);
        m_error->hide();
    });
    connect(m_input, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::accepted, this, &TtlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TtlDialog::reject);
}

QString TtlDialog::ttlText(qint64 ms)
{
    qint64 seconds = (ms + 999) / 1000;
    QString text;
    for (const auto &[unit, length] : {std::pair{'d', 86400}, std::pair{'h', 3600}, std::pair{'m', 60}}) {
        if (seconds >= length) {
            text += QString::number(seconds / length) + QLatin1Char(unit);
            seconds %= length;
        }
    }
    if (seconds > 0 || text.isEmpty())
        text += QString::number(seconds) + QLatin1Char('s');
    return text;
}

void TtlDialog::accept()
{
    if (m_noExpiry->isChecked()) {
        m_ttl = Ttl();
        QDialog::accept();
        return;
    }
    const QString text = m_input->text().trimmed();
    QString error;
    if (text.isEmpty()) {
        error = tr("Enter a TTL, or choose “No expiry”.");
    } else {
        try {
            m_ttl = Ttl::parse(text);
            if (!m_ttl.hasExpiry())
                error = tr("A TTL of 0 would remove the expiry: choose “No expiry” for that.");
        } catch (const CacheError &e) {
            error = e.message();
        }
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_input->setFocus();
        m_input->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace cashews
