#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cashews {

class Connection;
class MainWindow;

// Drives the main window through every view once the demo store is listed, saves a PNG
// of each into a folder and quits (packaging/screenshots.sh runs this under Xvfb).
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow *window, const QString &directory);

private:
    struct Step
    {
        QString file;
        std::function<void()> prepare;
    };

    void start(Connection *connection);
    void runStep(int index);
    void inspect(const QString &key);

    QPointer<MainWindow> m_window;
    QPointer<Connection> m_connection;
    QDir m_directory;
    QList<Step> m_steps;
};

} // namespace cashews
