#include "connectionpage.h"

#include "connection.h"
#include "keybrowser.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cashews {

ConnectionPage::ConnectionPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_keys(new KeyBrowser(connection, this))
{
    m_tabs->addTab(m_keys, tr("&Keys"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_keys, &KeyBrowser::statusMessage, this, &ConnectionPage::statusMessage);
    connect(connection, &Connection::readOnlyChanged, this, &ConnectionPage::updateHeader);
    updateHeader();
}

QWidget *ConnectionPage::tabWidget(Tab tab) const
{
    return m_tabs->widget(static_cast<int>(tab));
}

void ConnectionPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

ConnectionPage::Tab ConnectionPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void ConnectionPage::refresh()
{
    m_keys->reload();
}

void ConnectionPage::updateHeader()
{
    if (!m_connection)
        return;
    QString text = QStringLiteral("<b>%1</b> &nbsp; <tt>%2</tt>")
                       .arg(m_connection->name().toHtmlEscaped(), m_connection->displayUrl().toHtmlEscaped());
    if (m_connection->isReadOnly())
        text += QStringLiteral(" &nbsp; <span style=\"background:#c62828;color:white\">&nbsp;%1&nbsp;</span>")
                    .arg(tr("READ-ONLY").toHtmlEscaped());
    m_header->setText(text);
}

} // namespace cashews
