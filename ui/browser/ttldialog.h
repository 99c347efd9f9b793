#pragma once

#include <cashews/ttl.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cashews {

// Set TTL: the key's current TTL prefilled, validated with the core's TTL parser before the
// dialog closes (the error, naming the bad part, shows in the dialog and the input stays);
// removing the expiry is the explicit "No expiry" choice, never an empty or zero input.
class TtlDialog : public QDialog
{
    Q_OBJECT

public:
    // `remainingMs` as KeyInfo::remainingMs reports it: prefilled when > 0, "No expiry"
    // checked when -1.
    TtlDialog(const QString &displayedKey, qint64 remainingMs, QWidget *parent = nullptr);

    // The chosen TTL; empty for "No expiry". Valid after the dialog was accepted.
    Ttl ttl() const { return m_ttl; }

    // `ms` in the TTL syntax the input takes ("1h29m5s"), rounded up to whole seconds.
    static QString ttlText(qint64 ms);

    void accept() override;

private:
    QLineEdit *m_input;
    QCheckBox *m_noExpiry;
    QLabel *m_error;
    Ttl m_ttl;
};

} // namespace cashews
