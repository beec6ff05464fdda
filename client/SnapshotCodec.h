#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QByteArray>

// Entities as the API's own JSON, for the app's offline snapshot; they are read back with
// the same decoders as live responses, so a snapshot cannot drift from the API's shapes.
namespace kd::snapshot {

QByteArray encode(const ControlPlane &value);
QByteArray encode(const CloudGatewayConfiguration &value);
QByteArray encode(const ManagedCache &value);
QByteArray encode(const Network &value);
QByteArray encode(const ProviderAccount &value);
QByteArray encode(const Partial &value);
QByteArray encode(const Plugin &value);

Result<ControlPlane> decodeControlPlane(const QByteArray &bytes, Geo geo);
Result<CloudGatewayConfiguration> decodeConfiguration(const QByteArray &bytes);
Result<ManagedCache> decodeManagedCache(const QByteArray &bytes);
Result<Network> decodeNetwork(const QByteArray &bytes);
Result<ProviderAccount> decodeProviderAccount(const QByteArray &bytes);
Result<Partial> decodePartial(const QByteArray &bytes, Geo geo, const QString &controlPlaneId);
Result<Plugin> decodePlugin(const QByteArray &bytes, Geo geo, const QString &controlPlaneId);

} // namespace kd::snapshot
