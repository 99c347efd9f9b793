#pragma once

#include "connections/connectionconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cashews {

// Edits a ConnectionConfig. The URL and options are checked with the core's own parser
// (Cache::setup on a throw-away cache) and its error message is shown in the dialog;
// OK is refused until they parse.
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

    void accept() override;

private:
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
    QString m_id;
};

} // namespace cashews
