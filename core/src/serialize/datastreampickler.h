#pragma once

#include "pickler.h"

class QDataStream;

namespace cashews {

// A Qt-native format (not readable by Python): the value model of <cashews/pytypes.h> at full
// precision (QDateTime with milliseconds and its time zone) plus a fixed set of Qt value types
// (QUrl, QUuid, QTime, QSize(F), QPoint(F), QRect(F), QChar). Written with QDataStream
// (version Qt 6.4) behind a "CQDS" header. Reading checks every count and length against the
// bytes left and bounds the nesting depth, like the pickle reader.
class DataStreamPickler : public Pickler
{
public:
    static constexpr int MaxDepth = 1000;

    QByteArray dumps(const QVariant &value) const override;
    QVariant loads(const QByteArray &bytes) const override;

private:
    static void write(QDataStream &out, const QVariant &value);
    static QVariant read(QDataStream &in, int depth);
};

} // namespace cashews
