#pragma once

#include "fleet/Session.h"
#include "sim/SimInstance.h"

#include <memory>

// What the tests that talk to konnect-sim over the network share: the simulator, and a
// session on it.
namespace kd::test {

// konnect-sim in this process over HTTP (HTTPS with launch.tls), accepting `token`; the rest
// of `launch` as given. A simulator that cannot start ends the test run.
inline std::unique_ptr<sim::SimInstance> startSim(const QString &token,
                                                  sim::SimLaunch launch = {}) {
    launch.options.tokens = {token};
    QString error;
    auto instance = sim::SimInstance::start(launch, &error);
    if (!instance)
        qFatal("konnect-sim did not start: %s", qPrintable(error));
    return instance;
}

// A session on that simulator holding `token`, trusting its CA when it speaks HTTPS; the
// profile's geos are all of them unless `geos` names some.
inline std::unique_ptr<Session> sessionOn(const sim::SimInstance &instance,
                                          const QString &profileName, const QString &token,
                                          QList<Geo> geos = {}) {
    Profile profile;
    profile.name = profileName;
    profile.endpointTemplate = instance.endpointTemplate();
    if (!geos.isEmpty())
        profile.geos = std::move(geos);
    auto session = std::make_unique<Session>(profile);
    QString error;
    if (instance.tls() && !session->trustCaPem(instance.caPem(), &error))
        qFatal("the simulator's CA is not trusted: %s", qPrintable(error));
    session->setToken(token);
    return session;
}

} // namespace kd::test
