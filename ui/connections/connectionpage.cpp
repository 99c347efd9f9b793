#include "connections/connectionpage.h"

#include "connections/connection.h"
#include "browser/keybrowser.h"
#include "locks/locksview.h"
#include "tags/tagsview.h"

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
    , m_tagsView(new TagsView(connection, this))
    , m_locksView(new LocksView(connection, this))
{
    m_tabs->addTab(m_keys, tr("&Keys"));
    m_tabs->addTab(m_tagsView, tr("T&ags"));
    m_tabs->addTab(m_locksView, tr("&Locks"));
    // Tags and locks are read when their tab is shown, so they are current when looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != static_cast<int>(Tab::Keys))
            refresh();
    });
    connect(m_tagsView, &TagsView::statusMessage, this, &ConnectionPage::statusMessage);
    connect(m_locksView, &LocksView::statusMessage, this, &ConnectionPage::statusMessage);
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
    switch (currentTab()) {
    case Tab::Keys:
        m_keys->reload();
        break;
    case Tab::Tags:
        m_tagsView->refresh();
        break;
    case Tab::Locks:
        m_locksView->refresh();
        break;
    }
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
