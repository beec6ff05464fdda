// konnect-sim's answer to any request, the way handleRequest builds it minus the socket: the
// target parsed by SimRequestParser, then SimServer::respond (auth, body to JSON, routing,
// handlers) on the demo organisation. The simulator never fails and always answers JSON.
// Input: one token selector byte, then "METHOD TARGET\n" and the body.

#include "sim/Seeds.h"
#include "sim/SimRequestParser.h"
#include "sim/SimServer.h"

#include <QJsonDocument>
#include <QUrl>

#include "FuzzSupport.h"

using namespace kd;

namespace {
const QString readWriteToken = QStringLiteral("kpat_fuzz-read-write-not-a-token");
const QString readOnlyToken = QStringLiteral("kpat_fuzz-read-only-not-a-token");

// Seeding the demo takes longer than a request: seed once, restore a copy for every input
// so that a finding replays alone.
sim::SimServer &demoServer() {
    static const auto server = [] {
        sim::SimOptions options;
        options.tokens = {readWriteToken};
        options.readOnlyTokens = {readOnlyToken};
        auto made = std::make_unique<sim::SimServer>(options);
        QString error;
        if (!sim::seedOrganisation(made->organisation(), QStringLiteral("demo"), &error))
            qFatal("demo seed failed: %s", qPrintable(error));
        return made;
    }();
    static const sim::Organisation pristine = server->organisation();
    server->organisation() = pristine;
    // Past the 10 analytics queries a minute of earlier inputs.
    server->clock().advance(std::chrono::minutes(2));
    return *server;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const qsizetype space = input.indexOf(' ');
    const qsizetype newline = input.indexOf('\n', space + 1);
    if (space < 0 || newline < 0)
        return 0;
    const QUrl url =
        QUrl::fromEncoded("http://127.0.0.1:8080" + input.mid(space + 1, newline - space - 1));
    sim::SimRequest request =
        sim::parseRequestTarget(url.path(), url.query(QUrl::FullyEncoded).toUtf8());
    request.method = input.left(space);
    request.body = input.mid(newline + 1);
    const QString tokens[] = {readWriteToken, readOnlyToken, QString()};
    request.token = tokens[data[0] % 3];

    const sim::SimResponse response = demoServer().respond(request);
    fuzz::require(response.status >= 200 && response.status < 500, "no server error, ever");
    if (!response.body.isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(response.body, &error);
        fuzz::require(error.error == QJsonParseError::NoError, "every body is JSON");
    }
    return 0;
}
