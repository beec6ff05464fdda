// The offline snapshot's codec: whatever it decodes, it must encode into bytes that decode to
// the same value, or a snapshot taken today cannot be restored tomorrow.
// Input: one selector byte (which entity kind), then the stored bytes.

#include "client/SnapshotCodec.h"

#include "FuzzSupport.h"

namespace {

using namespace kd;

// The snapshot keeps the fields of the autoscale kind in use, as the API does.
CloudGatewayConfiguration normalised(CloudGatewayConfiguration value) {
    for (QList<DataPlaneGroup> *groups : {&value.desired, &value.groups}) {
        for (DataPlaneGroup &group : *groups) {
            if (group.autoscale.autopilot) {
                group.autoscale.instanceType.clear();
                group.autoscale.requestedInstances = 0;
            } else {
                group.autoscale.baseRps = 0;
            }
        }
    }
    return value;
}
template <typename T>
T normalised(T value) {
    return value;
}

template <typename T, typename Decode>
void roundTrip(const QByteArray &bytes, Decode decode) {
    const Result<T> first = decode(bytes);
    if (!first)
        return;
    const QByteArray stored = snapshot::encode(*first);
    const Result<T> second = decode(stored);
    fuzz::require(second.ok(), "what the snapshot stored decodes again");
    fuzz::require(normalised(*second) == normalised(*first), "the snapshot restores the value");
    fuzz::require(snapshot::encode(*second) == stored, "encoding a restored value is stable");
}

const QString controlPlaneId = QStringLiteral("0b1c9a52-54c6-4b1c-8f83-fdc4a6e7d0c5");

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 7) {
    case 0:
        roundTrip<ControlPlane>(
            bytes, [](const QByteArray &b) { return snapshot::decodeControlPlane(b, Geo::Au); });
        break;
    case 1:
        roundTrip<CloudGatewayConfiguration>(bytes, snapshot::decodeConfiguration);
        break;
    case 2:
        roundTrip<ManagedCache>(bytes, snapshot::decodeManagedCache);
        break;
    case 3:
        roundTrip<Network>(bytes, snapshot::decodeNetwork);
        break;
    case 4:
        roundTrip<ProviderAccount>(bytes, snapshot::decodeProviderAccount);
        break;
    case 5:
        roundTrip<Partial>(bytes, [](const QByteArray &b) {
            return snapshot::decodePartial(b, Geo::Us, controlPlaneId);
        });
        break;
    case 6:
        roundTrip<Plugin>(bytes, [](const QByteArray &b) {
            return snapshot::decodePlugin(b, Geo::Me, controlPlaneId);
        });
        break;
    }
    return 0;
}
