// EndpointTemplate::parse on any text the user may type or pass with --endpoint-template.
// Whatever it accepts must send every geo's calls to a URL it also trusts with the token.

#include "client/EndpointTemplate.h"

#include "FuzzSupport.h"

using namespace kd;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const auto endpoints = EndpointTemplate::parse(text, &error);
    if (!endpoints) {
        fuzz::require(!error.isEmpty(), "a refused template says why");
        return 0;
    }
    const auto again = EndpointTemplate::parse(endpoints->pattern());
    fuzz::require(again && *again == *endpoints, "a parsed template parses to itself");
    for (int g = static_cast<int>(Geo::Global); g <= static_cast<int>(Geo::Sg); ++g) {
        const Geo geo = static_cast<Geo>(g);
        const QUrl base = endpoints->baseUrl(geo);
        fuzz::require(base.isValid() && !base.host().isEmpty(), "every geo has a valid base URL");
        fuzz::require(endpoints->covers(base), "the template covers its own base URLs");
        const QUrl call = endpoints->url(geo, QStringLiteral("/v2/control-planes"),
                                         QUrlQuery(QStringLiteral("page[size]=100")));
        fuzz::require(endpoints->covers(call), "the template covers the calls it makes");
    }
    return 0;
}
