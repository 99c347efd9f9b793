#pragma once

#include "connections/connectionconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cashews {

// Edits a ConnectionConfig. The URL and options are checked with the core's own parser
// (Cache::setup on a throw-away cache), then Check and OK really connect (PING after AUTH
// and SELECT); every error is shown in the dialog, which stays open until the store answers.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setConfig(const ConnectionConfig &config);
    ConnectionConfig config() const;
    // Whether the user asked to keep the connection in the saved list.
    bool saveRequested() const;
    // Checks the current input; returns the core's error message or an empty string.
    QString validateInput();
    // Validates, then connects to the store; shows the outcome and emits checked().
    // With `acceptWhenOk` the dialog is accepted once the store answered.
    void check(bool acceptWhenOk = false);
    // Whether a check is in flight.
    bool isChecking() const { return m_checking; }

    // Checks (connects) first; stays open with the error when that fails.
    void accept() override;

Q_SIGNALS:
    // After a check: the error message, empty when the store answered.
    void checked(const QString &error);

private:
    void showStatus(const QString &text, bool error);

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QComboBox *m_digestmod;
    QComboBox *m_pickleType;
    QComboBox *m_compressType;
    QCheckBox *m_clientSide;
    QLineEdit *m_extra;
    QCheckBox *m_readOnly;
    QCheckBox *m_save;
    QLabel *m_status;
    QPushButton *m_ok;
    QPushButton *m_check;
    QString m_id;
    bool m_checking = false;
};

} // namespace cashews
