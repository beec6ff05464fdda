#include "client/KonnectClient.h"

#include "client/Metrics.h"
#include "client/internal/Handoff.h"
#include "client/internal/JsonCodec.h"
#include "client/internal/JsonSpans.h"
#include "client/internal/ThreadPriority.h"

#include <QJsonDocument>
#include <QSet>
#include <QThreadPool>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
template <typename T>
using Decoder = Result<T> (*)(const QJsonObject &);

ApiRequest request(QByteArray method, Geo geo, QString path, Priority priority = Priority::User) {
    ApiRequest r;
    r.method = std::move(method);
    r.geo = geo;
    r.path = std::move(path);
    r.priority = priority;
    return r;
}

QString cpPath(const QString &controlPlaneId) {
    return u"/v2/control-planes/"_s + controlPlaneId;
}

QString corePath(const QString &controlPlaneId, const QString &kind) {
    return cpPath(controlPlaneId) + u"/core-entities/"_s + kind;
}

// Decodes a core entity and records which control plane (and geo) it belongs to.
template <typename T>
auto ownedBy(Result<T> (*decode)(const QJsonObject &), Geo geo, const QString &controlPlaneId) {
    return [decode, geo, controlPlaneId](const QJsonObject &object) {
        Result<T> entity = decode(object);
        if (entity) {
            entity.value().geo = geo;
            entity.value().controlPlaneId = controlPlaneId;
        }
        return entity;
    };
}

// How often readParsed reads an answer whose body does not parse.
constexpr int unreadableReadAttempts = 3;

bool isRead(const ApiRequest &request) {
    return request.method == "GET";
}

// An answer to a write that cannot be read does not say whether the write happened.
Error unreadableWrite(const ApiRequest &request, const Error &parseError) {
    return Error::outcomeUnknown(request.label(),
                                 KonnectClient::tr("the answer could not be read: %1")
                                     .arg(parseError.field() + u": "_s + parseError.detail()));
}

// Bodies larger than this are parsed and decoded on a worker thread: the GUI thread only
// ever sees typed values (a page of 1,000 plugins takes ~10 ms to parse).
constexpr qsizetype offThreadBytes = 32 * 1024;

Q_GLOBAL_STATIC(QThreadPool, parsePool)

// Runs `work` on the parse pool; its result comes back to the transport's thread as one event.
template <typename R>
QCoro::Task<R> offThread(const Transport &transport, std::function<R()> work) {
    handoff::Awaiter<R> working(
        transport.relay(), [work = std::move(work)](typename handoff::Awaiter<R>::Deliver done) {
            parsePool()->start([work, done = std::move(done)] {
                threads::yieldToTheGuiThread();
                done(work());
            });
        });
    co_return co_await working;
}

// `parse(body)`: here when the body is small, on the parse pool when it is large.
template <typename R>
QCoro::Task<R> parseBody(const Transport &transport, QByteArray body,
                         std::function<R(const QByteArray &)> parse) {
    if (body.size() <= offThreadBytes)
        co_return parse(body);
    // Named, not a temporary of the co_await expression: GCC 12 destroys such temporaries
    // twice.
    std::function<R()> work = [body = std::move(body), parse = std::move(parse)] {
        return parse(body);
    };
    auto parsing = offThread<R>(transport, std::move(work));
    R parsed = co_await std::move(parsing);
    co_return parsed;
}

// Sends `request` and turns its answer into a value with `parse`, off the GUI thread when the
// body is large. A read whose body does not parse is read again, a few times: a body cut short
// in a way Qt did not notice looks like broken JSON. Anything else gets one attempt.
template <typename R>
QCoro::Task<Result<R>> readParsed(Transport &transport, ApiRequest request,
                                  std::function<Result<R>(const QByteArray &)> parse) {
    for (int attempt = 1;; ++attempt) {
        const auto response = co_await transport.send(request);
        if (!response)
            co_return response.error();
        auto parsing = parseBody<Result<R>>(transport, response->body, parse);
        Result<R> parsed = co_await std::move(parsing);
        if (parsed || parsed.error().field() != u"body"_s)
            co_return parsed;
        if (request.method == "POST" || request.method == "PATCH")
            co_return unreadableWrite(request, parsed.error());
        if (!isRead(request) || attempt >= unreadableReadAttempts)
            co_return parsed;
    }
}

template <typename T, typename Decode>
QCoro::Task<Result<T>> fetchOne(Transport &transport, ApiRequest request, Decode decode) {
    std::function<Result<T>(const QByteArray &)> parse = [decode](const QByteArray &body) {
        auto object = json::parseObject(body);
        if (!object)
            return Result<T>(object.error());
        return Result<T>(decode(*object));
    };
    return readParsed<T>(transport, std::move(request), std::move(parse));
}

QCoro::Task<Result<Done>> fetchNothing(Transport &transport, ApiRequest request) {
    const auto response = co_await transport.send(std::move(request));
    if (!response)
        co_return response.error();
    co_return Done{};
}

template <typename T>
struct DecodedPage {
    json::Page page; // its items moved out into `items`
    QList<T> items;
};

template <typename T, typename Decode>
Result<DecodedPage<T>> decodePage(const QByteArray &body, json::PageStyle style, int pageSize,
                                  const Decode &decode) {
    auto page = json::page(body, style, pageSize);
    if (!page)
        return page.error();
    // A plugin keeps its JSON as sent: the page's own bytes, not a re-serialised copy.
    QList<QByteArrayView> raw;
    if constexpr (std::is_same_v<T, Plugin>) {
        raw = json::rawArrayItems(body, style == json::PageStyle::Cursor ? "items"_L1 : "data"_L1);
        if (raw.size() != page->items.size())
            raw.clear();
    }
    DecodedPage<T> decoded;
    decoded.items.reserve(page->items.size());
    for (qsizetype i = 0; i < page->items.size(); ++i) {
        const QJsonObject object = page->items.at(i).toObject();
        auto item = decode(object);
        if (!item)
            return item.error();
        if constexpr (std::is_same_v<T, Plugin>) {
            if (raw.isEmpty())
                item.value().setJson(json::encode(object));
            else
                item.value().setJson(raw.at(i));
        }
        decoded.items.append(std::move(item).value());
    }
    decoded.page = std::move(page).value();
    decoded.page.items = {};
    return decoded;
}

// Every page of a list, in whichever of the three paging styles the API uses, bounded:
// a list longer than limits::maxListItems, a page larger than asked for, more pages than
// the first one announced, or a cursor seen before end the read with an error. A list
// that changed while it was read (its total moved, or it ended short) is read again once.
template <typename T, typename Decode>
QCoro::Task<Result<QList<T>>> fetchAll(Transport &transport, ApiRequest request,
                                       json::PageStyle style, int pageSize, Decode decode,
                                       std::function<void(const QList<T> &)> onPage = {}) {
    const auto broken = [](const QString &detail) { return Error::parse(u"page"_s, detail); };
    for (int pass = 1;; ++pass) {
        QList<T> all;
        int number = 1;
        QString offset;
        QString cursor;
        QSet<QString> seenCursors;
        int maxPages = (limits::maxListItems + pageSize - 1) / pageSize;
        int announced = -1;
        bool changed = false;
        for (int pagesRead = 0;; ++pagesRead) {
            if (pagesRead >= maxPages)
                co_return broken(u"more pages came than the list announced (%1)"_s.arg(maxPages));
            ApiRequest pageRequest = request;
            pageRequest.maxBytes = style == json::PageStyle::Offset ? limits::maxCorePageBytes
                                                                    : limits::maxNativePageBytes;
            switch (style) {
            case json::PageStyle::Number:
                pageRequest.query.addQueryItem(u"page[size]"_s, QString::number(pageSize));
                pageRequest.query.addQueryItem(u"page[number]"_s, QString::number(number));
                break;
            case json::PageStyle::Offset:
                pageRequest.query.addQueryItem(u"size"_s, QString::number(pageSize));
                if (!offset.isEmpty())
                    pageRequest.query.addQueryItem(u"offset"_s, offset);
                break;
            case json::PageStyle::Cursor:
                pageRequest.query.addQueryItem(u"page[size]"_s, QString::number(pageSize));
                if (!cursor.isEmpty())
                    pageRequest.query.addQueryItem(u"page[after]"_s, cursor);
                break;
            }
            std::function<Result<DecodedPage<T>>(const QByteArray &)> parse =
                [style, pageSize, decode](const QByteArray &body) {
                    return decodePage<T>(body, style, pageSize, decode);
                };
            auto reading = readParsed<DecodedPage<T>>(transport, pageRequest, std::move(parse));
            const Result<DecodedPage<T>> decoded = co_await std::move(reading);
            if (!decoded)
                co_return decoded.error();
            const json::Page &page = decoded->page;
            const QList<T> &items = decoded->items;
            if (items.size() > pageSize)
                co_return broken(
                    u"a page of %1 items came for %2 asked"_s.arg(items.size()).arg(pageSize));
            if (pagesRead == 0 && page.total >= 0) {
                if (page.total > limits::maxListItems)
                    co_return broken(
                        u"the list announced %1 items, more than the %2 the app reads"_s
                            .arg(page.total)
                            .arg(limits::maxListItems));
                announced = page.total;
                // A list may grow a little while it is read: one page more than announced.
                maxPages = std::max(1, (page.total + pageSize - 1) / pageSize) + 1;
                transport.expectRequests(request, maxPages);
            } else if (page.total >= 0 && page.total != announced) {
                changed = true; // created or deleted between two pages
            }
            all.append(items);
            if (onPage)
                onPage(items);
            if (page.last) {
                // Stopping short of the announced total would silently drop entities.
                if (page.total >= 0 && all.size() < page.total)
                    changed = true;
                break;
            }
            // A page that promises more but moves nowhere, or back, would loop forever.
            const QString next =
                style == json::PageStyle::Offset ? page.nextOffset : page.nextCursor;
            if ((style != json::PageStyle::Number && seenCursors.contains(next))
                || (style == json::PageStyle::Number && items.isEmpty()))
                co_return broken(u"the next page did not advance"_s);
            seenCursors.insert(next);
            offset = page.nextOffset;
            cursor = page.nextCursor;
            ++number;
        }
        if (!changed)
            co_return all;
        if (pass >= 2)
            co_return broken(u"the list changed while it was read, twice; it ended after %1 "
                             u"items"_s.arg(all.size()));
    }
}

auto controlPlaneDecoder(Geo geo) {
    return [geo](const QJsonObject &object) { return json::controlPlane(object, geo); };
}
} // namespace

KonnectClient::KonnectClient(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport) {
}

KonnectClient::Task<User> KonnectClient::me(Priority priority) {
    return fetchOne<User>(*m_transport, request("GET", Geo::Global, u"/v3/users/me"_s, priority),
                          json::user);
}

KonnectClient::Task<Organization> KonnectClient::organization(Priority priority) {
    return fetchOne<Organization>(*m_transport,
                                  request("GET", Geo::Global, u"/v3/organizations/me"_s, priority),
                                  json::organization);
}

KonnectClient::Task<QList<ControlPlane>>
KonnectClient::controlPlanes(Geo geo, const ControlPlaneFilter &filter, Priority priority,
                             PageHandler<ControlPlane> onPage) {
    ApiRequest r = request("GET", geo, u"/v2/control-planes"_s, priority);
    if (!filter.nameContains.isEmpty())
        r.query.addQueryItem(u"filter[name][contains]"_s, filter.nameContains);
    if (!filter.nameEquals.isEmpty())
        r.query.addQueryItem(u"filter[name][eq]"_s, filter.nameEquals);
    if (filter.cloudGateway)
        r.query.addQueryItem(u"filter[cloud_gateway]"_s,
                             *filter.cloudGateway ? u"true"_s : u"false"_s);
    if (filter.clusterType)
        r.query.addQueryItem(u"filter[cluster_type][eq]"_s, clusterTypeName(*filter.clusterType));
    if (!filter.labels.isEmpty())
        r.query.addQueryItem(u"labels"_s, filter.labels);
    r.query.addQueryItem(u"sort"_s, u"created_at"_s);
    return fetchAll<ControlPlane>(*m_transport, r, json::PageStyle::Number, nativePageSize,
                                  controlPlaneDecoder(geo), std::move(onPage));
}

KonnectClient::Task<ControlPlane> KonnectClient::controlPlane(Geo geo, const QString &id) {
    return fetchOne<ControlPlane>(*m_transport, request("GET", geo, cpPath(id)),
                                  controlPlaneDecoder(geo));
}

KonnectClient::Task<ControlPlane>
KonnectClient::createControlPlane(Geo geo, const ControlPlaneCreate &create) {
    ApiRequest r = request("POST", geo, u"/v2/control-planes"_s);
    r.body = json::encode(json::controlPlaneCreate(create));
    r.what = tr("create control plane %1").arg(create.name);
    return fetchOne<ControlPlane>(*m_transport, r, controlPlaneDecoder(geo));
}

KonnectClient::Task<ControlPlane>
KonnectClient::updateControlPlane(Geo geo, const QString &id, const ControlPlanePatch &patch) {
    ApiRequest r = request("PATCH", geo, cpPath(id));
    r.body = json::encode(json::controlPlanePatch(patch));
    r.what = tr("update control plane");
    return fetchOne<ControlPlane>(*m_transport, r, controlPlaneDecoder(geo));
}

KonnectClient::Task<Done> KonnectClient::deleteControlPlane(Geo geo, const QString &id) {
    return fetchNothing(*m_transport, request("DELETE", geo, cpPath(id)));
}

KonnectClient::Task<Availability> KonnectClient::availability() {
    return fetchOne<Availability>(*m_transport,
                                  request("GET", Geo::Global,
                                          u"/v2/cloud-gateways/availability.json"_s,
                                          Priority::Background),
                                  json::availability);
}

KonnectClient::Task<QList<ProviderAccount>> KonnectClient::providerAccounts(Priority priority) {
    return fetchAll<ProviderAccount>(
        *m_transport,
        request("GET", Geo::Global, u"/v2/cloud-gateways/provider-accounts"_s, priority),
        json::PageStyle::Number, nativePageSize, json::providerAccount);
}

KonnectClient::Task<QList<Network>> KonnectClient::networks(Priority priority) {
    return fetchAll<Network>(
        *m_transport, request("GET", Geo::Global, u"/v2/cloud-gateways/networks"_s, priority),
        json::PageStyle::Number, nativePageSize, json::network);
}

KonnectClient::Task<Network> KonnectClient::network(const QString &id) {
    return fetchOne<Network>(*m_transport,
                             request("GET", Geo::Global, u"/v2/cloud-gateways/networks/"_s + id),
                             json::network);
}

KonnectClient::Task<Network> KonnectClient::createNetwork(const NetworkCreate &create) {
    ApiRequest r = request("POST", Geo::Global, u"/v2/cloud-gateways/networks"_s);
    r.body = json::encode(json::networkCreate(create));
    r.what = tr("create network %1").arg(create.name);
    return fetchOne<Network>(*m_transport, r, json::network);
}

KonnectClient::Task<Network> KonnectClient::renameNetwork(const QString &id, const QString &name) {
    ApiRequest r = request("PATCH", Geo::Global, u"/v2/cloud-gateways/networks/"_s + id);
    r.body = json::encode(QJsonObject{{u"name"_s, name}});
    r.what = tr("rename network");
    return fetchOne<Network>(*m_transport, r, json::network);
}

KonnectClient::Task<Done> KonnectClient::deleteNetwork(const QString &id) {
    return fetchNothing(*m_transport,
                        request("DELETE", Geo::Global, u"/v2/cloud-gateways/networks/"_s + id));
}

KonnectClient::Task<QList<CloudGatewayConfiguration>>
KonnectClient::configurations(Priority priority, const QString &controlPlaneId) {
    ApiRequest r = request("GET", Geo::Global, u"/v2/cloud-gateways/configurations"_s, priority);
    if (!controlPlaneId.isEmpty())
        r.query.addQueryItem(u"filter[control_plane_id][eq]"_s, controlPlaneId);
    return fetchAll<CloudGatewayConfiguration>(*m_transport, r, json::PageStyle::Number,
                                               nativePageSize, json::configuration);
}

KonnectClient::Task<CloudGatewayConfiguration> KonnectClient::configuration(const QString &id) {
    return fetchOne<CloudGatewayConfiguration>(
        *m_transport, request("GET", Geo::Global, u"/v2/cloud-gateways/configurations/"_s + id),
        json::configuration);
}

KonnectClient::Task<CloudGatewayConfiguration>
KonnectClient::putConfiguration(const QString &controlPlaneId, Geo geo, const QString &version,
                                const QList<DataPlaneGroup> &groups, const QString &apiAccess) {
    ApiRequest r = request("PUT", Geo::Global, u"/v2/cloud-gateways/configurations"_s);
    r.body = json::encode(json::configurationPut(controlPlaneId, geo, version, apiAccess, groups));
    return fetchOne<CloudGatewayConfiguration>(*m_transport, r, json::configuration);
}

KonnectClient::Task<QList<ManagedCache>>
KonnectClient::managedCaches(Priority priority, const QString &ownerControlPlaneId) {
    ApiRequest r = request("GET", Geo::Global, u"/v2/cloud-gateways/add-ons"_s, priority);
    r.query.addQueryItem(u"filter[config.kind][eq]"_s, u"managed-cache.v0"_s);
    if (!ownerControlPlaneId.isEmpty())
        r.query.addQueryItem(u"filter[owner.control_plane_id][eq]"_s, ownerControlPlaneId);
    return fetchAll<ManagedCache>(*m_transport, r, json::PageStyle::Number, nativePageSize,
                                  json::managedCache);
}

KonnectClient::Task<ManagedCache> KonnectClient::managedCache(const QString &id) {
    return fetchOne<ManagedCache>(
        *m_transport, request("GET", Geo::Global, u"/v2/cloud-gateways/add-ons/"_s + id),
        json::managedCache);
}

KonnectClient::Task<ManagedCache> KonnectClient::createManagedCache(const QString &name,
                                                                    const QString &controlPlaneId,
                                                                    Geo geo, CacheTier tier) {
    ApiRequest r = request("POST", Geo::Global, u"/v2/cloud-gateways/add-ons"_s);
    r.body = json::encode(json::managedCacheCreate(name, controlPlaneId, geo, tier));
    r.what = tr("create managed cache %1").arg(name);
    return fetchOne<ManagedCache>(*m_transport, r, json::managedCache);
}

QByteArray KonnectClient::managedCacheCreateBody(const QString &name, const QString &controlPlaneId,
                                                 Geo geo, CacheTier tier) const {
    // Indented for people; the request itself carries the same JSON compactly.
    return QJsonDocument(json::managedCacheCreate(name, controlPlaneId, geo, tier))
        .toJson(QJsonDocument::Indented);
}

QString KonnectClient::managedCacheCreateCurl(const QString &name, const QString &controlPlaneId,
                                              Geo geo, CacheTier tier) const {
    CallRecord record;
    record.method = "POST";
    record.url =
        m_transport->endpoints().url(Geo::Global, u"/v2/cloud-gateways/add-ons"_s).toString();
    record.requestBody = json::encode(json::managedCacheCreate(name, controlPlaneId, geo, tier));
    return CallLog::toCurl(record);
}

KonnectClient::Task<ManagedCache> KonnectClient::resizeManagedCache(const QString &id,
                                                                    CacheTier tier) {
    ApiRequest r = request("PATCH", Geo::Global, u"/v2/cloud-gateways/add-ons/"_s + id);
    r.body = json::encode(json::managedCacheTier(tier));
    r.what = tr("resize managed cache");
    return fetchOne<ManagedCache>(*m_transport, r, json::managedCache);
}

KonnectClient::Task<Done> KonnectClient::deleteManagedCache(const QString &id) {
    return fetchNothing(*m_transport,
                        request("DELETE", Geo::Global, u"/v2/cloud-gateways/add-ons/"_s + id));
}

KonnectClient::Task<QList<Partial>> KonnectClient::partials(Geo geo, const QString &controlPlaneId,
                                                            Priority priority) {
    return fetchAll<Partial>(
        *m_transport, request("GET", geo, corePath(controlPlaneId, u"partials"_s), priority),
        json::PageStyle::Offset, corePageSize, ownedBy(json::partial, geo, controlPlaneId));
}

KonnectClient::Task<Partial> KonnectClient::partial(Geo geo, const QString &controlPlaneId,
                                                    const QString &id) {
    return fetchOne<Partial>(*m_transport,
                             request("GET", geo, corePath(controlPlaneId, u"partials/"_s + id)),
                             ownedBy(json::partial, geo, controlPlaneId));
}

KonnectClient::Task<Partial> KonnectClient::createPartial(Geo geo, const QString &controlPlaneId,
                                                          const Partial &partial) {
    ApiRequest r = request("POST", geo, corePath(controlPlaneId, u"partials"_s));
    QJsonObject body = json::partialBody(partial);
    body.remove(u"id"_s);
    r.body = json::encode(body);
    r.what = tr("create Redis configuration %1").arg(partial.name);
    return fetchOne<Partial>(*m_transport, r, ownedBy(json::partial, geo, controlPlaneId));
}

KonnectClient::Task<Partial> KonnectClient::putPartial(Geo geo, const QString &controlPlaneId,
                                                       const Partial &partial) {
    ApiRequest r = request("PUT", geo, corePath(controlPlaneId, u"partials/"_s + partial.id));
    r.body = json::encode(json::partialBody(partial));
    return fetchOne<Partial>(*m_transport, r, ownedBy(json::partial, geo, controlPlaneId));
}

KonnectClient::Task<Done> KonnectClient::deletePartial(Geo geo, const QString &controlPlaneId,
                                                       const QString &id) {
    return fetchNothing(*m_transport,
                        request("DELETE", geo, corePath(controlPlaneId, u"partials/"_s + id)));
}

KonnectClient::Task<QList<PartialLink>>
KonnectClient::partialLinks(Geo geo, const QString &controlPlaneId, const QString &partialId) {
    return fetchAll<PartialLink>(
        *m_transport,
        request("GET", geo, corePath(controlPlaneId, u"partials/"_s + partialId + u"/links"_s)),
        json::PageStyle::Offset, corePageSize, json::partialLink);
}

KonnectClient::Task<QList<Plugin>> KonnectClient::plugins(Geo geo, const QString &controlPlaneId,
                                                          Priority priority,
                                                          const QString &nameEquals) {
    ApiRequest r = request("GET", geo, corePath(controlPlaneId, u"plugins"_s), priority);
    if (!nameEquals.isEmpty())
        r.query.addQueryItem(u"filter[name][eq]"_s, nameEquals);
    // decodePage keeps each plugin's JSON from the page's bytes.
    return fetchAll<Plugin>(*m_transport, r, json::PageStyle::Offset, corePageSize,
                            ownedBy(json::pluginSummary, geo, controlPlaneId));
}

KonnectClient::Task<Plugin> KonnectClient::plugin(Geo geo, const QString &controlPlaneId,
                                                  const QString &id) {
    return fetchOne<Plugin>(*m_transport,
                            request("GET", geo, corePath(controlPlaneId, u"plugins/"_s + id)),
                            ownedBy(json::plugin, geo, controlPlaneId));
}

KonnectClient::Task<Plugin> KonnectClient::createPlugin(Geo geo, const QString &controlPlaneId,
                                                        const Plugin &plugin) {
    ApiRequest r = request("POST", geo, corePath(controlPlaneId, u"plugins"_s));
    QJsonObject body = json::pluginBody(plugin);
    body.remove(u"id"_s);
    r.body = json::encode(body);
    r.what = tr("create plugin %1").arg(plugin.name);
    return fetchOne<Plugin>(*m_transport, r, ownedBy(json::plugin, geo, controlPlaneId));
}

KonnectClient::Task<Plugin> KonnectClient::putPlugin(Geo geo, const QString &controlPlaneId,
                                                     const Plugin &plugin) {
    ApiRequest r = request("PUT", geo, corePath(controlPlaneId, u"plugins/"_s + plugin.id));
    r.body = json::encode(json::pluginBody(plugin));
    return fetchOne<Plugin>(*m_transport, r, ownedBy(json::plugin, geo, controlPlaneId));
}

KonnectClient::Task<Done> KonnectClient::deletePlugin(Geo geo, const QString &controlPlaneId,
                                                      const QString &id) {
    return fetchNothing(*m_transport,
                        request("DELETE", geo, corePath(controlPlaneId, u"plugins/"_s + id)));
}

KonnectClient::Task<ConfigHash>
KonnectClient::expectedConfigHash(Geo geo, const QString &controlPlaneId, Priority priority) {
    return fetchOne<ConfigHash>(
        *m_transport,
        request("GET", geo, cpPath(controlPlaneId) + u"/expected-config-hash"_s, priority),
        json::configHash);
}

KonnectClient::Task<QList<DataPlaneNode>>
KonnectClient::nodes(Geo geo, const QString &controlPlaneId, Priority priority) {
    return fetchAll<DataPlaneNode>(
        *m_transport, request("GET", geo, cpPath(controlPlaneId) + u"/nodes"_s, priority),
        json::PageStyle::Cursor, nodePageSize, json::node);
}

KonnectClient::Task<MetricsResult> KonnectClient::metrics(Geo geo, const MetricsQuery &query,
                                                          Priority priority) {
    if (auto invalid = query.validate())
        co_return *invalid;
    ApiRequest r = request("POST", geo, u"/v2/metrics"_s, priority);
    r.analytics = true;
    r.maxBytes = limits::maxMetricsBytes;
    r.body = query.body();
    const auto response = co_await m_transport->send(r);
    if (!response)
        co_return response.error();
    // A fleet's series run to megabytes: parsed where the window does not wait for them.
    auto parsing =
        parseBody<Result<MetricsResult>>(*m_transport, response->body, &MetricsResult::fromBody);
    Result<MetricsResult> parsed = co_await std::move(parsing);
    co_return parsed;
}

} // namespace kd
