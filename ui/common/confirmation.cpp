#include "common/confirmation.h"

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

} // namespace cashews
