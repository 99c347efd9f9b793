#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <span>

namespace cashews {

// A parsed key template: literal text with fields in cashews' syntax
//   {param}  {user.uid}  {d[x]}  {name:lower}  {token:jwt(sub)}  {@:get(tenant)}  {{ and }}
// The field's first name is a parameter of the wrapped function (resolved to its position at
// parse time) or `@`, the KeyContext values. Immutable and cheap to copy.
class KeyTemplate
{
public:
    KeyTemplate();
    // Parses `text` for a function with parameters `params`. Throws WrongKeyError naming the
    // field when it refers to no parameter, uses an unknown format function or is malformed.
    KeyTemplate(const QString &text, const QStringList &params);

    // cashews' default key: `name` plus ":p:{p}" for each parameter, so the same call always
    // gives the same key (cashews renders f(1) and f(a=1) differently; we do not).
    static QString defaultTemplate(const QString &name, const QStringList &params);

    // The template as written.
    QString text() const;
    // Whether the template has no fields (the key is the text itself).
    bool isConstant() const;
    // The key for one call: `args` are the call's arguments in parameter order; `@` fields read
    // KeyContext::current(). Throws ValueError when a value cannot be rendered.
    QString render(std::span<const QVariant> args) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace cashews
