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

// A plugin as the snapshot keeps it since schema 3: its JSON compressed exactly as the store
// holds it (nothing is re-serialised or re-compressed on save or load) beside a small head of
// the API's JSON with every field but the configuration, read by the live decoder.
QByteArray pluginHead(const Plugin &value);
QByteArray packedPlugin(const Plugin &value);
Result<Plugin> decodePlugin(const QByteArray &head, QByteArray packed, Geo geo,
                            const QString &controlPlaneId);

} // namespace kd::snapshot
