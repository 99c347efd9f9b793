#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace cashews::test {

QString storeUrl(const QString &store, int database)
{
    if (store != QLatin1StringView("redis"))
        return store;
    QFile file(qEnvironmentVariable("CASHEWS_REDIS_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed() + QLatin1Char('/') + QString::number(database);
}

void onNextModal(std::function<void(QWidget *)> handle)
{
    // Polls from the nested event loop the modal dialog runs.
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

} // namespace cashews::test
