#pragma once

#include "client/Geo.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace kd {

// Where each Konnect host lives: `https://{geo}.api.konghq.com` for the real service,
// `http://127.0.0.1:PORT/{geo}` for konnect-sim, which serves every host on one port.
class EndpointTemplate final {
public:
    static QString konnectDefault();
    // Returns nothing and sets *error to a sentence for a person when the pattern is unusable.
    static std::optional<EndpointTemplate> parse(const QString &pattern, QString *error = nullptr);
    static EndpointTemplate konnect();

    QString pattern() const { return m_pattern; }
    QUrl baseUrl(Geo geo) const;
    // path starts with the API version, e.g. "/v2/control-planes".
    QUrl url(Geo geo, const QString &path, const QUrlQuery &query = {}) const;
    // True when url is below one of this template's hosts: the only places a token may go.
    bool covers(const QUrl &url) const;
    bool usesTls() const;

    friend bool operator==(const EndpointTemplate &, const EndpointTemplate &) = default;

private:
    explicit EndpointTemplate(QString pattern);
    QString m_pattern;
};

} // namespace kd
