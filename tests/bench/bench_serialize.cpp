// Encode + decode throughput of the serializer pipeline (pickle protocol 5), with and without
// signing: a 5-field dict and a 10 KB bytes value. Ratios against the unsigned run of the
// same value, measured in the same process.
#include "benchsupport.h"

#include <cashews/pytypes.h>
#include <cashews/serializer.h>

#include <QCoreApplication>
#include <QDateTime>

using namespace cashews;

namespace {

double roundTrips(const SerializerPtr &serializer, const QVariant &value)
{
    const QString key = QStringLiteral("bench:key");
    return bench::measure([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            const QVariant back = serializer->decode(key, serializer->encode(key, value));
            if (!back.isValid())
                qFatal("bench_serialize: value did not round-trip");
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Dict record;
    record.insert(QStringLiteral("id"), qlonglong(250412573173));
    record.insert(QStringLiteral("name"), QStringLiteral("caxé"));
    record.insert(QStringLiteral("tags"), QVariantList{0.47, 0.38, 0.12});
    record.insert(QStringLiteral("flag"), true);
    record.insert(QStringLiteral("updated"), QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC));
    const QVariant dict = QVariant::fromValue(record);
    QByteArray blob(10 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char(i * 31 % 251);
    const QVariant bytes = blob;

    SerializerOptions signedOptions;
    signedOptions.secret = QByteArrayLiteral("bench-secret");
    const SerializerPtr plain = Serializer::create({});
    const SerializerPtr signing = Serializer::create(signedOptions);

    const struct {
        const char *name;
        QVariant value;
    } cases[] = {{"dict5", dict}, {"bytes10k", bytes}};
    for (const auto &c : cases) {
        const double reference = roundTrips(plain, c.value);
        bench::report(QStringLiteral("serialize.%1.encode_decode").arg(QLatin1String(c.name)), reference);
        const double withSigning = roundTrips(signing, c.value);
        bench::report(QStringLiteral("serialize.%1.encode_decode_signed_md5").arg(QLatin1String(c.name)), withSigning,
                      {{QStringLiteral("ratio_to_unsigned"), withSigning / reference}});
    }
    return 0;
}
