#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace cashews {

// How key templates turn values into text (cashews' default_formatter). Registrations are
// process-wide; make them at start-up, before wrapping functions that use them.
class KeyFormatter
{
public:
    // A format function `{field:name(arg1,arg2)}`: gets the raw field value and the arguments.
    using Function = std::function<QString(const QVariant &value, const QStringList &args)>;
    // Renders values of one type.
    using TypeFormatter = std::function<QString(const QVariant &value)>;
    // Resolves `{value.name}` / `{value[name]}` for one type; an invalid QVariant = no such member.
    using Accessor = std::function<QVariant(const QVariant &value, const QString &name)>;

    // Registers (or replaces) a format function; the built-ins are lower, upper, len, hash,
    // jwt and get.
    static void registerFunction(const QString &name, Function function);
    // Whether `name` is a known format function.
    static bool hasFunction(const QString &name);
    // Registers how values of `type` are rendered (takes precedence over the built-in rules).
    static void registerType(QMetaType type, TypeFormatter formatter);
    // Registers member access for values of `type` (besides maps, lists, Q_GADGET and QObject).
    static void registerAccessor(QMetaType type, Accessor accessor);

    // cashews' rendering: None/invalid → "", bool → true/false, bytes → UTF-8 or hex when not
    // UTF-8, lists joined by ':', maps as sorted k:v joined by ':', others as text. Throws
    // ValueError for a type that has no text form and no registered formatter.
    static QString render(const QVariant &value);
    // Appends render(value) to `out` (the hot path of key rendering: no temporary strings for
    // text and integers).
    static void appendTo(QString &out, const QVariant &value);
    // The member `name` of `value` (map key, list index, property, accessor); throws ValueError
    // naming `name` when there is none.
    static QVariant member(const QVariant &value, const QString &name);
    // Applies format function `name`; throws WrongKeyError when it is unknown.
    static QString apply(const QString &name, const QVariant &value, const QStringList &args);
};

} // namespace cashews
