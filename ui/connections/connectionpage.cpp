#include "connections/connectionpage.h"

#include "connections/connection.h"
#include "browser/keybrowser.h"
#include "inspector/valueinspector.h"
#include "locks/locksview.h"
#include "tags/tagsview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace cashews {

ConnectionPage::ConnectionPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_header(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
    , m_tabs(new QTabWidget(this))
    , m_keys(new KeyBrowser(connection, this))
    , m_tagsView(new TagsView(connection, this))
    , m_locksView(new LocksView(connection, this))
{
    // Mnemonics distinct from the menus (File, Keys, View, Connection) and the panels' buttons.
    m_tabs->addTab(m_keys, tr("Ke&ys"));
    m_tabs->addTab(m_tagsView, tr("Ta&gs"));
    m_tabs->addTab(m_locksView, tr("L&ocks"));
    // Tags and locks each take scans over the whole keyspace: read on the first visit only,
    // again on an explicit refresh.
    m_loaded.insert(Tab::Keys);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_loaded.contains(currentTab()))
            refresh();
    });
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect->setToolTip(tr("Connect to the store again and reload"));
    connect(m_reconnect, &QPushButton::clicked, connection, &Connection::reconnect);
    connect(m_tagsView, &TagsView::statusMessage, this, &ConnectionPage::statusMessage);
    connect(m_locksView, &LocksView::statusMessage, this, &ConnectionPage::statusMessage);
    const auto inspect = [this](const QString &key) {
        showTab(Tab::Keys);
        m_keys->selectKey(key);
    };
    connect(m_tagsView, &TagsView::openKeyRequested, this, inspect);
    connect(m_locksView, &LocksView::openKeyRequested, this, inspect);
    auto *header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_reconnect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    connect(m_keys, &KeyBrowser::statusMessage, this, &ConnectionPage::statusMessage);
    connect(connection, &Connection::readOnlyChanged, this, &ConnectionPage::updateHeader);
    // The inspector's write buttons follow the connection (it re-reads the key it shows).
    connect(connection, &Connection::writableChanged, m_keys->inspector(), &ValueInspector::refresh);
    connect(connection, &Connection::stateChanged, this, [this](Connection::State state) {
        updateHeader();
        // Back after a drop: what is shown may be stale or incomplete.
        if (state == Connection::State::Connected && m_wasDisconnected)
            refresh();
        m_wasDisconnected = state == Connection::State::Disconnected;
    });
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
    m_loaded.insert(currentTab());
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
    const auto badge = [](const QString &label, const char *colour) {
        return QStringLiteral(" &nbsp; <span style=\"background:%1;color:white\">&nbsp;%2&nbsp;</span>")
            .arg(QLatin1StringView(colour), label.toHtmlEscaped());
    };
    if (m_connection->isReadOnly())
        text += badge(tr("READ-ONLY"), "#c62828");
    const QString storage = m_connection->storageDescription();
    if (!storage.isEmpty())
        text += QStringLiteral(" &nbsp; <i>%1</i>").arg(storage.toHtmlEscaped());
    switch (m_connection->state()) {
    case Connection::State::Checking:
        text += QStringLiteral(" &nbsp; <i>%1</i>").arg(tr("connecting…").toHtmlEscaped());
        break;
    case Connection::State::Connected:
        break;
    case Connection::State::Disconnected:
        text += badge(tr("DISCONNECTED"), "#6d4c41")
              + QStringLiteral("<br><span style=\"color:#b00020\">%1</span>").arg(m_connection->stateError().toHtmlEscaped());
        break;
    }
    m_reconnect->setVisible(m_connection->state() == Connection::State::Disconnected);
    m_header->setText(text);
}

QString ConnectionPage::headerText() const
{
    return QTextDocumentFragment::fromHtml(m_header->text()).toPlainText();
}

} // namespace cashews
