#include "connections/connectiondialog.h"

#include "connections/connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace cashews {

namespace {

QComboBox *choices(QWidget *parent, const QStringList &values)
{
    auto *box = new QComboBox(parent);
    box->addItem(ConnectionDialog::tr("(default)"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    return box;
}

void select(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value.toString());
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_digestmod(choices(this, {QStringLiteral("md5"), QStringLiteral("sha1"), QStringLiteral("sha256"), QStringLiteral("sum")}))
    , m_pickleType(choices(this, {QStringLiteral("default"), QStringLiteral("json"), QStringLiteral("qdatastream"), QStringLiteral("null")}))
    , m_compressType(choices(this, {QStringLiteral("null"), QStringLiteral("gzip"), QStringLiteral("zlib")}))
    , m_clientSide(new QCheckBox(tr("Client-side caching (keys under \"cashews:\")"), this))
    , m_extra(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Read-only: refuse every write command"), this))
    , m_save(new QCheckBox(tr("Save this connection (secrets go to the system keychain)"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connection"));
    m_url->setPlaceholderText(tr("mem://, disk://?directory=/path, redis://host:6379/0, rediss://…, unix:///path.sock"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("signing secret (optional)"));
    m_extra->setPlaceholderText(tr("more setup options: name=value; name=value"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("&Digest:"), m_digestmod);
    form->addRow(tr("&Pickle type:"), m_pickleType);
    form->addRow(tr("&Compression:"), m_compressType);
    form->addRow(QString(), m_clientSide);
    form->addRow(tr("&Options:"), m_extra);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_save);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 0);
    setConfig({});
}

void ConnectionDialog::setConfig(const ConnectionConfig &config)
{
    m_id = config.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : config.id;
    m_name->setText(config.name);
    m_url->setText(config.url.isEmpty() ? QStringLiteral("redis://localhost:6379/0") : config.url);
    m_secret->setText(config.options.value(QStringLiteral("secret")).toString());
    select(m_digestmod, config.options.value(QStringLiteral("digestmod")));
    select(m_pickleType, config.options.value(QStringLiteral("pickle_type")));
    select(m_compressType, config.options.value(QStringLiteral("compress_type")));
    m_clientSide->setChecked(config.options.value(QStringLiteral("client_side")).toBool());
    QStringList extra;
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (!ConnectionConfig::knownOptions().contains(it.key()))
            extra << it.key() + QLatin1Char('=') + it.value().toString();
    }
    m_extra->setText(extra.join(QStringLiteral("; ")));
    m_readOnly->setChecked(config.readOnly);
}

ConnectionConfig ConnectionDialog::config() const
{
    ConnectionConfig config;
    config.id = m_id;
    config.url = m_url->text().trimmed();
    config.name = m_name->text().trimmed().isEmpty() ? config.urlWithoutPassword() : m_name->text().trimmed();
    if (!m_secret->text().isEmpty())
        config.options.insert(QStringLiteral("secret"), m_secret->text());
    const std::pair<const char *, QComboBox *> combos[] = {
        {"digestmod", m_digestmod}, {"pickle_type", m_pickleType}, {"compress_type", m_compressType}};
    for (const auto &[name, box] : combos) {
        if (!box->currentData().toString().isEmpty())
            config.options.insert(QString::fromLatin1(name), box->currentData().toString());
    }
    if (m_clientSide->isChecked())
        config.options.insert(QStringLiteral("client_side"), true);
    for (const QString &pair : m_extra->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            config.options.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        else
            config.options.insert(pair.trimmed(), QString());
    }
    config.readOnly = m_readOnly->isChecked();
    return config;
}

bool ConnectionDialog::saveRequested() const
{
    return m_save->isChecked();
}

QString ConnectionDialog::validateInput()
{
    const ConnectionConfig current = config();
    if (current.url.isEmpty())
        return tr("Enter a URL.");
    return Connection::validate(current.url, current.options);
}

void ConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QStringLiteral("color: #1b5e20"));
    m_status->setText(text);
}

void ConnectionDialog::check(bool acceptWhenOk)
{
    if (m_checking)
        return;
    const QString invalid = validateInput();
    if (!invalid.isEmpty()) {
        showStatus(invalid, true);
        Q_EMIT checked(invalid);
        return;
    }
    m_checking = true;
    m_ok->setEnabled(false);
    m_check->setEnabled(false);
    showStatus(tr("Connecting…"), false);
    const ConnectionConfig current = config();
    QCoro::connect(Connection::probe(current.url, current.options), this, [this, acceptWhenOk](QString error) {
        m_checking = false;
        m_ok->setEnabled(true);
        m_check->setEnabled(true);
        showStatus(error.isEmpty() ? tr("Connected: the store answered.") : tr("Could not connect: %1").arg(error),
                   !error.isEmpty());
        Q_EMIT checked(error);
        if (error.isEmpty() && acceptWhenOk)
            QDialog::accept();
    });
}

void ConnectionDialog::accept()
{
    check(true);
}

} // namespace cashews
