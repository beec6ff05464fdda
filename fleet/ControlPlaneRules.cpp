#include "fleet/ControlPlaneRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct ControlPlaneRulesTr {
    Q_DECLARE_TR_FUNCTIONS(kd::ControlPlaneRules)
};
} // namespace

QList<FieldProblem> validateControlPlane(const QString &name, const QString &description,
                                         const Labels &labels, const QList<ProxyUrl> &proxyUrls) {
    QList<FieldProblem> problems;
    if (name.size() < 2 || name.size() > 256)
        problems.append(
            {u"name"_s, ControlPlaneRulesTr::tr("The name must be 2 to 256 characters long.")});
    if (description.size() > 2048)
        problems.append({u"description"_s, ControlPlaneRulesTr::tr(
                                               "The description may be at most 2048 characters.")});

    static const QRegularExpression pattern(
        u"^[a-z0-9A-Z]{1}([a-z0-9A-Z\\-\\.\\_]*[a-z0-9A-Z]+)?$"_s);
    static const QStringList reserved{u"kong"_s,     u"konnect"_s, u"mesh"_s, u"kic"_s,
                                      u"insomnia"_s, u"kuma"_s,    u"_"_s};
    if (labels.size() > 5)
        problems.append({u"labels"_s, ControlPlaneRulesTr::tr("At most 5 labels are allowed.")});
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const QString &key = it.key();
        if (std::any_of(reserved.begin(), reserved.end(),
                        [&key](const QString &prefix) { return key.startsWith(prefix); })) {
            problems.append({u"labels"_s, ControlPlaneRulesTr::tr(
                                              "Label keys may not start with kong, konnect, mesh, "
                                              "kic, insomnia, kuma or _ (\"%1\").")
                                              .arg(key)});
            continue;
        }
        for (const QString &part : {key, it.value()}) {
            if (part.isEmpty() || part.size() > 63 || !pattern.match(part).hasMatch()) {
                problems.append({u"labels"_s,
                                 ControlPlaneRulesTr::tr(
                                     "\"%1\": label keys and values are 1 to 63 letters, digits, "
                                     "'-', '.' or '_', starting and ending with a letter or digit.")
                                     .arg(part)});
                break;
            }
        }
    }

    if (proxyUrls.size() > 5)
        problems.append(
            {u"proxy_urls"_s, ControlPlaneRulesTr::tr("At most 5 proxy URLs are allowed.")});
    for (qsizetype i = 0; i < proxyUrls.size(); ++i) {
        const ProxyUrl &url = proxyUrls.at(i);
        if (url.host.isEmpty() || url.host.size() > 120)
            problems.append(
                {u"proxy_urls"_s, ControlPlaneRulesTr::tr("Proxy URL %1: the host must be 1 to 120 "
                                                          "characters.")
                                      .arg(i + 1)});
        if (url.port < 1 || url.port > 65535)
            problems.append(
                {u"proxy_urls"_s,
                 ControlPlaneRulesTr::tr("Proxy URL %1: the port must be 1 to 65535.").arg(i + 1)});
        if (url.protocol.isEmpty() || url.protocol.size() > 32)
            problems.append({u"proxy_urls"_s,
                             ControlPlaneRulesTr::tr("Proxy URL %1: the protocol must be 1 to 32 "
                                                     "characters.")
                                 .arg(i + 1)});
        if (proxyUrls.indexOf(url) != i)
            problems.append({u"proxy_urls"_s,
                             ControlPlaneRulesTr::tr("Proxy URL %1 appears twice.").arg(i + 1)});
    }
    return problems;
}

} // namespace kd
