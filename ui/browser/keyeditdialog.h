#pragma once

#include <QDialog>
#include <QVariant>

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
    QString key() const;
    // The parsed value (valid after the dialog was accepted).
    QVariant value() const { return m_value; }
    // The TTL text ("" or "0" = no expiry); only used when creating.
    QString ttlText() const;

    // Parses the editor's JSON into a value; returns an error message or an empty string.
    static QString parseValue(const QString &text, QVariant *value);
    // The editor's JSON for a value.
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
};

} // namespace cashews
