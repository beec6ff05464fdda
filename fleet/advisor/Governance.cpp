#include "fleet/advisor/Governance.h"

#include "fleet/FleetStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd::advisor {

const QList<PolicyFamily> &policyFamilies() {
    static const QList<PolicyFamily> families{PolicyFamily::Authentication, PolicyFamily::Traffic,
                                              PolicyFamily::Ai};
    return families;
}

QString familyName(PolicyFamily family) {
    switch (family) {
    case PolicyFamily::Authentication:
        return QCoreApplication::translate("kd::advisor::Governance", "Authentication");
    case PolicyFamily::Traffic:
        return QCoreApplication::translate("kd::advisor::Governance", "Rate limits");
    case PolicyFamily::Ai:
        break;
    }
    return QCoreApplication::translate("kd::advisor::Governance", "AI");
}

bool inFamily(const QString &pluginName, PolicyFamily family) {
    // Kong's authentication plugins [DOC plugin hub, category Authentication].
    static const QStringList authentication{
        u"key-auth"_s,  u"key-auth-enc"_s,       u"openid-connect"_s, u"mtls-auth"_s,
        u"jwt"_s,       u"jwt-signer"_s,         u"basic-auth"_s,     u"hmac-auth"_s,
        u"ldap-auth"_s, u"ldap-auth-advanced"_s, u"oauth2"_s,         u"oauth2-introspection"_s,
        u"saml"_s,      u"header-cert-auth"_s,   u"vault-auth"_s};
    switch (family) {
    case PolicyFamily::Authentication:
        return authentication.contains(pluginName);
    case PolicyFamily::Traffic:
        // Rate limiting of any kind, and service protection.
        return pluginName.contains(u"rate-limiting"_s) || pluginName == u"service-protection"_s;
    case PolicyFamily::Ai:
        return pluginName.startsWith(u"ai-"_s);
    }
    return false;
}

PolicyCoverage coverageOf(const FleetStore &store, const QString &controlPlaneId,
                          PolicyFamily family) {
    PolicyCoverage coverage;
    for (const Plugin &plugin : store.pluginListOf(controlPlaneId)) {
        if (!plugin.enabled || !inFamily(plugin.name, family))
            continue;
        coverage.plugins.append(plugin.instanceName.isEmpty() ? plugin.name : plugin.instanceName);
        const QString scope = plugin.scope();
        if (!coverage.scopes.contains(scope))
            coverage.scopes.append(scope);
    }
    return coverage;
}

} // namespace kd::advisor
