#include "common/confirmation.h"

#include <cashews/keycodec.h>

#include <QMessageBox>

namespace cashews {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.setInformativeText(details);
    return box.exec() == QMessageBox::Yes;
}

bool Confirmation::destructive(QWidget *parent, const QString &title, const QString &question, const QStringList &keys)
{
    return ask(parent, title, question, keyList(keys));
}

QString Confirmation::keyList(const QStringList &keys)
{
    QStringList lines;
    for (const QString &key : keys.mid(0, ListedKeys))
        lines << (key.isEmpty() ? tr("\"\" (the empty key)") : displayKey(key));
    if (keys.size() > ListedKeys)
        lines << tr("… and %n more", nullptr, static_cast<int>(keys.size() - ListedKeys));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cashews
