#pragma once

#include "inspector/decodedvalue.h"

#include <QDialog>
#include <QVariant>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cashews {

// Creates a key or edits a value: the value is typed JSON (<cashews/typedjson.h>) and validated before the
// dialog accepts it (the parse error is shown in place). The TTL uses cashews' syntax.
class KeyEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    KeyEditDialog(Mode mode, QWidget *parent = nullptr);

    void setKey(const QString &key);
    void setValue(const QVariant &value);
    // Edits `original`: its value, and a confirmation before saving when its signature did not
    // verify (or could not be checked), since saving signs the new value with this connection's secret.
    void setOriginal(const DecodedValue &original);
    // Replaces the question before re-signing (returns whether the answer was yes); an empty
    // function restores the default, a warning box whose default button is No. For tests.
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;
    static void setConfirm(Confirm confirm);
    QString key() const;
    // The parsed value (valid after the dialog was accepted).
    QVariant value() const { return m_value; }
    // The TTL text ("" or "0" = no expiry); only used when creating.
    QString ttlText() const;

    // Parses the editor's JSON into a value; returns an error message or an empty string.
    static QString parseValue(const QString &text, QVariant *value);
    // The editor's JSON for a value, indented (short containers stay on one line).
    static QString formatValue(const QVariant &value);

    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_key;
    QLineEdit *m_ttl;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QVariant m_value;
    // Why saving needs a confirmation (empty: it does not).
    QString m_resignWarning;
};

} // namespace cashews
