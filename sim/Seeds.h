#pragma once

#include "sim/Organisation.h"

namespace kd::sim {

// "demo": the organisation of Kong's multicloud guide. "fleet:N": N control planes over
// every geo for scale work. Both deterministic for a given rng seed.
bool seedOrganisation(Organisation &org, const QString &seed, QString *error);

} // namespace kd::sim
