#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>

namespace kd {

// A JSON request body as people review it before it is sent: indented, with the string
// values of secret fields masked (vault references stay, they are not secrets). JSON stays in
// client/; the widgets show text.
QString reviewText(const QByteArray &jsonBody,
                   const std::function<bool(QStringView key)> &isSecret);

} // namespace kd
