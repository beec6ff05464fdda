#include "client/EndpointTemplate.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr auto geoPlaceholder = "{geo}"_L1;

struct EndpointTemplateTr {
    Q_DECLARE_TR_FUNCTIONS(kd::EndpointTemplate)
};

bool isLoopback(const QString &host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

EndpointTemplate::EndpointTemplate(QString pattern)
    : m_pattern(std::move(pattern)) {
}

QString EndpointTemplate::konnectDefault() {
    return u"https://{geo}.api.konghq.com"_s;
}

EndpointTemplate EndpointTemplate::konnect() {
    return EndpointTemplate(konnectDefault());
}

std::optional<EndpointTemplate> EndpointTemplate::parse(const QString &pattern, QString *error) {
    auto fail = [error](const QString &message) -> std::optional<EndpointTemplate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString trimmed = pattern.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (trimmed.count(geoPlaceholder) != 1)
        return fail(EndpointTemplateTr::tr(
            "The endpoint template must contain {geo} exactly once, for example "
            "https://{geo}.api.konghq.com."));
    const QUrl probe(QString(trimmed).replace(geoPlaceholder, u"us"_s), QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty())
        return fail(EndpointTemplateTr::tr("The endpoint template is not a valid URL."));
    // A longer geo id ("global") can push a host label past 63 characters: check every geo.
    for (int g = static_cast<int>(Geo::Global); g <= static_cast<int>(Geo::Sg); ++g) {
        const QString id = geoId(static_cast<Geo>(g));
        if (!QUrl(QString(trimmed).replace(geoPlaceholder, id), QUrl::StrictMode).isValid())
            return fail(
                EndpointTemplateTr::tr("The endpoint template is not a valid URL for the geo %1.")
                    .arg(id));
    }
    if (probe.scheme() != u"https"_s && probe.scheme() != u"http"_s)
        return fail(EndpointTemplateTr::tr(
            "The endpoint template must start with https:// (or http:// for a local "
            "simulator)."));
    // Plain http would send the token in clear: only to this machine (a local simulator).
    if (probe.scheme() == u"http"_s && !isLoopback(probe.host()))
        return fail(EndpointTemplateTr::tr(
                        "The endpoint template uses http:// for %1, which would send your token "
                        "unencrypted. Use https://; http:// is allowed only for this machine "
                        "(127.0.0.1, ::1 or localhost), for a local simulator.")
                        .arg(probe.host()));
    if (probe.hasQuery() || probe.hasFragment() || !probe.userInfo().isEmpty())
        return fail(EndpointTemplateTr::tr(
            "The endpoint template may not contain a query, a fragment or a user name."));
    return EndpointTemplate(trimmed);
}

QUrl EndpointTemplate::baseUrl(Geo geo) const {
    return QUrl(QString(m_pattern).replace(geoPlaceholder, geoId(geo)));
}

QUrl EndpointTemplate::url(Geo geo, const QString &path, const QUrlQuery &query) const {
    QUrl result = baseUrl(geo);
    result.setPath(result.path() + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

bool EndpointTemplate::covers(const QUrl &url) const {
    for (int g = static_cast<int>(Geo::Global); g <= static_cast<int>(Geo::Sg); ++g) {
        const QUrl base = baseUrl(static_cast<Geo>(g));
        if (url.scheme() != base.scheme()
            || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
            || url.port(base.scheme() == u"https"_s ? 443 : 80)
                   != base.port(base.scheme() == u"https"_s ? 443 : 80))
            continue;
        const QString basePath = base.path();
        if (basePath.isEmpty() || url.path() == basePath || url.path().startsWith(basePath + u'/'))
            return true;
    }
    return false;
}

bool EndpointTemplate::usesTls() const {
    return m_pattern.startsWith(u"https://"_s);
}

} // namespace kd
