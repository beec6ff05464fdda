#include "sim/SimRequestParser.h"

namespace kd::sim {

QMultiMap<QString, QString> decodeQuery(const QByteArray &encoded) {
    QMultiMap<QString, QString> result;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        result.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return result;
}

SimRequest parseRequestTarget(const QString &decodedPath, const QByteArray &encodedQuery) {
    SimRequest request;
    const qsizetype slash = decodedPath.indexOf(u'/', 1);
    request.host = decodedPath.mid(1, slash < 0 ? -1 : slash - 1);
    request.path = slash < 0 ? QString() : decodedPath.mid(slash);
    request.query = decodeQuery(encodedQuery);
    return request;
}

} // namespace kd::sim
