// libFuzzer entry point for key templates: the input splits into a template, the values of its
// three parameters and a key context, the values given as typed JSON (so every type a wrapped
// call's argument or a stored value can have is reachable). Parsing and rendering give a key or
// a CacheError (WrongKeyError, ValueError), never a crash.
#include <cashews/errors.h>
#include <cashews/keycontext.h>
#include <cashews/keytemplate.h>
#include <cashews/typedjson.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

QString takeText(FuzzedDataProvider &input)
{
    const std::string text = input.ConsumeRandomLengthString(256);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A value from typed JSON; text that is not typed JSON stands for itself, as a string.
QVariant takeValue(FuzzedDataProvider &input)
{
    const std::string text = input.ConsumeRandomLengthString(256);
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    try {
        return cashews::fromTypedJson(bytes);
    } catch (const cashews::CacheError &) {
        return QString::fromUtf8(bytes);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString text = takeText(input);
    const QStringList params{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("user")};
    std::array<QVariant, 3> args;
    for (QVariant &arg : args)
        arg = takeValue(input);
    const cashews::KeyContext context(takeValue(input).toMap());
    try {
        cashews::KeyTemplate::defaultTemplate(text, params);
        const cashews::KeyTemplate keyTemplate(text, params);
        keyTemplate.render(args);
    } catch (const cashews::CacheError &) {
    }
    return 0;
}
