// The typed resource decoders and the page parser of client/, on bodies as Konnect sends them.
// Input: one selector byte (which decoder), then the body.

#include "client/internal/JsonCodec.h"

#include "FuzzSupport.h"

namespace {

using namespace kd;

template <typename T>
void decodeObject(const QByteArray &body, Result<T> (*decoder)(const QJsonObject &)) {
    const auto object = json::parseObject(body);
    if (object)
        (void)decoder(*object);
}

void decodePage(const QByteArray &body, json::PageStyle style, int requestedSize) {
    const auto page = json::page(body, style, requestedSize);
    if (!page)
        return;
    fuzz::require(!page->last || page->nextCursor.isEmpty(), "a page with a cursor is not last");
    if (style == json::PageStyle::Offset)
        fuzz::require(page->last == page->nextOffset.isEmpty(), "offset pages end without offset");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 15) {
    case 0:
        decodeObject(body, json::user);
        break;
    case 1:
        decodeObject(body, json::organization);
        break;
    case 2:
        if (const auto object = json::parseObject(body))
            (void)json::controlPlane(*object, Geo::Eu);
        break;
    case 3:
        decodeObject(body, json::providerAccount);
        break;
    case 4:
        decodeObject(body, json::availability);
        break;
    case 5:
        decodeObject(body, json::network);
        break;
    case 6:
        decodeObject(body, json::configuration);
        break;
    case 7:
        decodeObject(body, json::managedCache);
        break;
    case 8:
        // The PUT body is built from what was decoded; it must survive any decoded partial.
        if (const auto object = json::parseObject(body)) {
            if (const auto partial = json::partial(*object))
                (void)json::encode(json::partialBody(*partial));
        }
        break;
    case 9:
        decodeObject(body, json::partialLink);
        break;
    case 10:
        if (const auto object = json::parseObject(body)) {
            if (const auto plugin = json::plugin(*object))
                (void)json::encode(json::pluginBody(*plugin));
        }
        break;
    case 11:
        decodeObject(body, json::node);
        break;
    case 12:
        decodePage(body, json::PageStyle::Number, 1 + data[0] / 15);
        break;
    case 13:
        decodePage(body, json::PageStyle::Offset, 1 + data[0] / 15);
        break;
    case 14:
        decodePage(body, json::PageStyle::Cursor, 1 + data[0] / 15);
        break;
    }
    return 0;
}
