// Writes the fuzz targets' seed corpus from konnect-sim's real answers: one file per answer,
// in <output>/<target>/. Usage: fuzz_seed_corpus <output directory>

#include "client/EndpointTemplate.h"
#include "client/Metrics.h"
#include "client/SnapshotCodec.h"
#include "client/internal/JsonCodec.h"
#include "sim/Seeds.h"
#include "sim/SimRequestParser.h"
#include "sim/SimServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include "FuzzSupport.h"

using namespace Qt::StringLiterals;
using namespace kd;

namespace {

// Never a real token; still, no corpus file may contain it (checked on every write).
const QString token = u"kpat_fuzz-seed-not-a-token"_s;

class Corpus final {
public:
    explicit Corpus(QString root)
        : m_root(std::move(root)) {}

    void write(const QString &target, const QByteArray &bytes) {
        if (bytes.contains(token.toUtf8()))
            qFatal("the simulator's token is in a seed for %s", qPrintable(target));
        const QString directory = m_root + u'/' + target;
        QDir().mkpath(directory);
        // Named by content, as libFuzzer names what it adds, so that reruns add nothing.
        const QString name =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
        QFile file(directory + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        ++m_files;
    }
    int files() const { return m_files; }

private:
    QString m_root;
    int m_files = 0;
};

// The selector bytes of fuzz_json_decoders and fuzz_snapshot_codec.
enum Decoder : char {
    User = 0,
    Organization,
    ControlPlane,
    ProviderAccount,
    Availability,
    Network,
    Configuration,
    ManagedCache,
    Partial,
    PartialLink,
    Plugin,
    Node,
    PageNumber,
    PageOffset,
    PageCursor
};
enum Snapshot : char {
    SnapControlPlane = 0,
    SnapConfiguration,
    SnapManagedCache,
    SnapNetwork,
    SnapProviderAccount,
    SnapPartial,
    SnapPlugin
};

QByteArray selected(char selector, const QByteArray &bytes) {
    return selector + bytes;
}

class Generator final {
public:
    explicit Generator(Corpus *corpus)
        : m_corpus(corpus) {
        sim::SimOptions options;
        options.tokens = {token};
        m_server = std::make_unique<sim::SimServer>(options);
        QString error;
        if (!sim::seedOrganisation(m_server->organisation(), u"demo"_s, &error))
            qFatal("demo seed failed: %s", qPrintable(error));
        // Finish the demo's provisioning so that caches are ready and their partials exist.
        m_server->clock().advance(std::chrono::hours(1));
    }

    // One request through the simulator; every request and answer becomes a seed.
    QByteArray call(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                    bool authorised = true) {
        const QUrl url = QUrl::fromEncoded("http://127.0.0.1:8080" + target);
        sim::SimRequest request =
            sim::parseRequestTarget(url.path(), url.query(QUrl::FullyEncoded).toUtf8());
        request.method = method;
        request.body = body;
        request.token = authorised ? token : QString();
        const sim::SimResponse response = m_server->respond(request);
        m_corpus->write(u"fuzz_sim_request_parser"_s, target);
        m_corpus->write(u"fuzz_sim_respond"_s,
                        char(authorised ? 0 : 2) + method + ' ' + target + '\n' + body);
        if (response.status >= 400) {
            const QByteArray status{char(response.status >> 8), char(response.status & 0xff)};
            m_corpus->write(u"fuzz_error_response"_s, status + response.body);
        }
        return response.status < 400 ? response.body : QByteArray();
    }

    void object(char selector, const QByteArray &body) {
        m_corpus->write(u"fuzz_json_decoders"_s, selected(selector, body));
    }

    // A page: the page itself, then each item to its decoder and, decoded, to the snapshot.
    template <typename Decode>
    QJsonArray page(const QByteArray &target, json::PageStyle style, char itemSelector,
                    Decode decode, char snapshotSelector = 0) {
        const QByteArray body = call("GET", target);
        const char pageSelector = style == json::PageStyle::Number   ? PageNumber
                                  : style == json::PageStyle::Offset ? PageOffset
                                                                     : PageCursor;
        object(pageSelector, body);
        const auto parsed = json::page(body, style, 2);
        if (!parsed)
            qFatal("%s: %s", target.constData(), qPrintable(parsed.error().message()));
        for (const QJsonValue &item : parsed->items) {
            object(itemSelector, json::encode(item.toObject()));
            const auto value = decode(item.toObject());
            if (!value)
                qFatal("%s: %s", target.constData(), qPrintable(value.error().message()));
            if constexpr (requires { snapshot::encode(*value); }) {
                m_corpus->write(u"fuzz_snapshot_codec"_s,
                                selected(snapshotSelector, snapshot::encode(*value)));
            }
        }
        return parsed->items;
    }

    void run() {
        object(User, call("GET", "/global/v3/users/me"));
        object(Organization, call("GET", "/global/v3/organizations/me"));
        object(Availability, call("GET", "/global/v2/cloud-gateways/availability.json"));
        page("/global/v2/cloud-gateways/provider-accounts?page%5Bsize%5D=2&page%5Bnumber%5D=1",
             json::PageStyle::Number, ProviderAccount, json::providerAccount, SnapProviderAccount);
        page("/global/v2/cloud-gateways/networks?page%5Bsize%5D=2&page%5Bnumber%5D=1",
             json::PageStyle::Number, Network, json::network, SnapNetwork);
        page("/global/v2/cloud-gateways/configurations?page%5Bsize%5D=2&page%5Bnumber%5D=1",
             json::PageStyle::Number, Configuration, json::configuration, SnapConfiguration);
        page("/global/v2/cloud-gateways/add-ons?page%5Bsize%5D=2&page%5Bnumber%5D=1",
             json::PageStyle::Number, ManagedCache, json::managedCache, SnapManagedCache);

        bool coreEntities = false;
        for (const Geo geo : regionalGeos()) {
            const QByteArray host = '/' + geoId(geo).toLatin1();
            const QJsonArray planes = page(
                host + "/v2/control-planes?page%5Bsize%5D=2&page%5Bnumber%5D=1",
                json::PageStyle::Number, ControlPlane,
                [geo](const QJsonObject &o) { return json::controlPlane(o, geo); },
                SnapControlPlane);
            for (const QJsonValue &plane : planes) {
                if (coreEntities)
                    break;
                const QByteArray core = host + "/v2/control-planes/"
                                        + plane[u"id"_s].toString().toLatin1() + "/core-entities";
                const QJsonArray partials = page(core + "/partials?size=2", json::PageStyle::Offset,
                                                 Partial, json::partial, SnapPartial);
                page(core + "/plugins?size=2", json::PageStyle::Offset, Plugin, json::plugin,
                     SnapPlugin);
                page(host + "/v2/control-planes/" + plane[u"id"_s].toString().toLatin1()
                         + "/nodes?page%5Bsize%5D=2",
                     json::PageStyle::Cursor, Node, json::node);
                // The Kong dialect with a field: a validation error of core entities.
                call("POST", core + "/plugins", R"({"name":"rate-limiting","config":7})");
                for (const QJsonValue &partial : partials) {
                    page(core + "/partials/" + partial[u"id"_s].toString().toLatin1()
                             + "/links?size=2",
                         json::PageStyle::Offset, PartialLink, json::partialLink);
                }
                coreEntities = !partials.isEmpty();
            }
            metrics(host);
        }
        errors();
        endpointTemplates();
    }

private:
    void metrics(const QByteArray &host) {
        m_server->clock().advance(std::chrono::minutes(2)); // past the 10 queries a minute
        const QByteArray api = MetricsQuery()
                                   .metric(u"request_count"_s)
                                   .metric(u"response_latency_p99"_s)
                                   .dimension(u"control_plane"_s)
                                   .range(TimeRange::Hour1)
                                   .body();
        m_corpus->write(u"fuzz_metrics_result"_s, call("POST", host + "/v2/metrics", api));
        const QByteArray cache =
            MetricsQuery(Datasource::ManagedCacheUsage)
                .metric(MetricsQuery::knownMetrics(Datasource::ManagedCacheUsage).first())
                .range(TimeRange::Hours24)
                .body();
        m_corpus->write(u"fuzz_metrics_result"_s, call("POST", host + "/v2/metrics", cache));
    }

    // Both error dialects, with and without invalid parameters.
    void errors() {
        call("GET", "/global/v3/users/me", {}, false);
        call("GET", "/us/v2/nothing-here");
        call("GET", "/mars/v2/control-planes");
        call("DELETE", "/global/v3/users/me");
        call("POST", "/us/v2/control-planes", "not json");
        call("POST", "/us/v2/control-planes", R"({"name":"","cluster_type":"CLUSTER_TYPE_X"})");
        call("POST", "/global/v2/cloud-gateways/networks", R"({"name":"n"})");
        call(
            "POST", "/global/v2/cloud-gateways/add-ons",
            R"({"name":"c","owner":{"kind":"control-plane"},"config":{"kind":"managed-cache.v0"}})");
        call("GET", "/us/v2/control-planes/00000000-0000-0000-0000-000000000000");
        call("GET", "/us/v2/control-planes/00000000-0000-0000-0000-000000000000/core-entities/"
                    "plugins?size=1");
        call(
            "POST", "/us/v2/control-planes",
            R"({"name":"fuzz-seed","cluster_type":"CLUSTER_TYPE_CONTROL_PLANE","cloud_gateway":true,"labels":{"env":"dev"}})");
    }

    void endpointTemplates() {
        for (const QString &pattern :
             {EndpointTemplate::konnectDefault(), u"http://127.0.0.1:8080/{geo}"_s,
              u"https://{geo}.api.konghq.com/"_s, u"http://[::1]:8443/konnect/{geo}"_s,
              u"ftp://{geo}.example"_s, u"https://example.com/{geo}?q=1"_s})
            m_corpus->write(u"fuzz_endpoint_template"_s, pattern.toUtf8());
    }

    Corpus *m_corpus;
    std::unique_ptr<sim::SimServer> m_server;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seed_corpus <output directory>\n");
        return 2;
    }
    Corpus corpus(QString::fromLocal8Bit(argv[1]));
    Generator(&corpus).run();
    std::printf("fuzz_seed_corpus: %d seeds in %s\n", corpus.files(), argv[1]);
    return 0;
}
