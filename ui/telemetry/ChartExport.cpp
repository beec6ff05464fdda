#include "ui/telemetry/ChartExport.h"

#include "models/TimeFormat.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kd::chartexport {

namespace {
QString slug(const QString &text) {
    static const QRegularExpression unsafe(u"[^\\p{L}\\p{N}]+"_s);
    QString result = text.toLower().replace(unsafe, u"-"_s);
    while (result.startsWith(u'-'))
        result.remove(0, 1);
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.left(60);
}
} // namespace

QString fileName(const QString &chart, const QString &scope, const QString &range,
                 const QDateTime &at, Format format) {
    QStringList parts;
    for (const QString &part : {chart, scope, range}) {
        if (const QString s = slug(part); !s.isEmpty())
            parts.append(s);
    }
    parts.append(timeformat::fileStamp(at));
    return parts.join(u'-') + (format == Format::Png ? u".png"_s : u".csv"_s);
}

QString folder(Format format) {
    const auto location = format == Format::Png ? QStandardPaths::PicturesLocation
                                                : QStandardPaths::DocumentsLocation;
    QString path = QStandardPaths::writableLocation(location);
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return path;
}

QString suggestedPath(const QString &chart, const QString &scope, const QString &range,
                      const QDateTime &at, Format format) {
    return QDir(folder(format)).filePath(fileName(chart, scope, range, at, format));
}

} // namespace kd::chartexport
