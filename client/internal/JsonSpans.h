#pragma once

// Internal to client/, like JsonCodec.h.

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>

namespace kd::json {

// The bytes of each item of the array under `key` of a body that parsed as a JSON object, as
// they were sent (no re-serialising); empty when the body is not shaped so.
QList<QByteArrayView> rawArrayItems(QByteArrayView body, QLatin1StringView key);

} // namespace kd::json
