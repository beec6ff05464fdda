// konnect-sim's request target parsing: the host prefix, the path and the query.
// Input: a request target as it follows the method on the request line.

#include "sim/SimRequestParser.h"

#include <QUrl>

#include "FuzzSupport.h"

using namespace kd;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray target = fuzz::bytes(data, size);
    // The same decoding as SimServer::handleRequest, which gets the URL from Qt HttpServer.
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:8080" + target);
    const QString path = url.path();
    const sim::SimRequest request =
        sim::parseRequestTarget(path, url.query(QUrl::FullyEncoded).toUtf8());
    fuzz::require(!request.host.contains(u'/'), "the host prefix is one segment");
    fuzz::require(request.path.isEmpty() || request.path.startsWith(u'/'), "paths start with /");
    if (path.startsWith(u'/'))
        fuzz::require(u'/' + request.host + request.path == path, "the split loses nothing");

    // The query decoder on raw bytes, as a client may send them.
    const qsizetype question = target.indexOf('?');
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    qsizetype pairs = 0;
    for (const QByteArray &pair : query.split('&'))
        pairs += pair.isEmpty() ? 0 : 1;
    fuzz::require(sim::decodeQuery(query).size() == pairs, "every pair of the query is kept");
    return 0;
}
