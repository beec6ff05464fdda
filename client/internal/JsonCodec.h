#pragma once

// Internal to client/: the only place JSON and typed values meet. Never include this from
// another layer (tests/layering and tst_client_headers check it).

#include "client/Result.h"
#include "client/Types.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kd::json {

// Reads fields with their spec types; the first problem is kept with the field's path.
class Reader final {
public:
    explicit Reader(const QJsonObject &object, QString path = {});

    QString string(const char *key, bool required = true);
    int integer(const char *key, bool required = true, int fallback = 0);
    double number(const char *key, bool required = true, double fallback = 0);
    bool boolean(const char *key, bool required = true, bool fallback = false);
    QDateTime time(const char *key, bool required = true); // RFC 3339 or epoch seconds
    QStringList strings(const char *key, bool required = false);
    QJsonObject object(const char *key, bool required = true);
    QJsonArray array(const char *key, bool required = true);
    QString path(const char *key) const;

    void fail(const QString &field, const QString &detail);
    bool ok() const { return !m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonValue take(const char *key, bool required, QJsonValue::Type type, const char *typeName);
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Result<QJsonObject> parseObject(const QByteArray &body);

Result<User> user(const QJsonObject &object);
Result<Organization> organization(const QJsonObject &object);
Result<ControlPlane> controlPlane(const QJsonObject &object, Geo geo);
Result<ProviderAccount> providerAccount(const QJsonObject &object);
Result<Availability> availability(const QJsonObject &object);
Result<Network> network(const QJsonObject &object);
Result<CloudGatewayConfiguration> configuration(const QJsonObject &object);
Result<ManagedCache> managedCache(const QJsonObject &object);
Result<Partial> partial(const QJsonObject &object);
Result<PartialLink> partialLink(const QJsonObject &object);
Result<Plugin> plugin(const QJsonObject &object);
// Every field of a plugin but its JSON (packedJson stays empty).
Result<Plugin> pluginSummary(const QJsonObject &object);
Result<DataPlaneNode> node(const QJsonObject &object);
Result<ConfigHash> configHash(const QJsonObject &object);

QByteArray encode(const QJsonObject &object);
QJsonObject controlPlaneCreate(const ControlPlaneCreate &create);
QJsonObject controlPlanePatch(const ControlPlanePatch &patch);
QJsonObject networkCreate(const NetworkCreate &create);
QJsonObject configurationPut(const QString &controlPlaneId, Geo geo, const QString &version,
                             const QString &apiAccess, const QList<DataPlaneGroup> &groups);
QJsonObject managedCacheCreate(const QString &name, const QString &controlPlaneId, Geo geo,
                               CacheTier tier);
QJsonObject managedCacheTier(CacheTier tier);
// The full entity for a PUT: everything that came from Konnect, with the typed edits applied.
QJsonObject partialBody(const Partial &partial);
QJsonObject pluginBody(const Plugin &plugin);

// One page of a list in any of the three paging styles.
struct Page {
    QJsonArray items;
    int total = -1;     // style A: meta.page.total; cursor: page.total_count
    QString nextOffset; // style C
    QString nextCursor; // cursor style: page[after] of the next page
    bool last = true;
};
enum class PageStyle { Number, Offset, Cursor };
Result<Page> page(const QByteArray &body, PageStyle style, int requestedSize);

} // namespace kd::json
