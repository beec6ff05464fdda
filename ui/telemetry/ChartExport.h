#pragma once

#include <QDateTime>
#include <QString>

namespace kd::chartexport {

enum class Format { Png, Csv };

// "latency-whole-organisation-1-hour-20261130-1705.png": chart, scope, range and time, in
// lower case with dashes, safe on every file system.
QString fileName(const QString &chart, const QString &scope, const QString &range,
                 const QDateTime &at, Format format);
// Where an export goes by default: Pictures for PNG, Documents for CSV (home when the system
// names neither), never the working directory.
QString folder(Format format);
QString suggestedPath(const QString &chart, const QString &scope, const QString &range,
                      const QDateTime &at, Format format);

} // namespace kd::chartexport
