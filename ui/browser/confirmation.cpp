#include "browser/confirmation.h"

#include <cashews/keycodec.h>

#include <QMessageBox>

namespace cashews {

bool Confirmation::destructive(QWidget *parent, const QString &title, const QString &question, const QStringList &keys)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(keyList(keys));
    // Enter or Escape must never destroy data: only an explicit Yes does.
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString Confirmation::keyList(const QStringList &keys)
{
    QStringList lines;
    for (const QString &key : keys.mid(0, ListedKeys))
        lines << (key.isEmpty() ? tr("\"\" (the empty key)") : displayKey(key));
    if (keys.size() > ListedKeys)
        lines << tr("… and %n more", nullptr,
                                             static_cast<int>(keys.size() - ListedKeys));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cashews
