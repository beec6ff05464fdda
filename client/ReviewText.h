#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <functional>

namespace kd {

// A JSON request body as people review it before it is sent: indented, with the string
// values of secret fields masked (vault references stay, they are not secrets). JSON stays in
// client/; the widgets show text.
QString reviewText(const QByteArray &jsonBody,
                   const std::function<bool(QStringView key)> &isSecret);

// One line of JSON for a value (a string in quotes, numbers as JSON writes them), as a
// difference shows a value that is not a string, and a stable text to order values by.
QString jsonText(const QVariant &value);

} // namespace kd
