#pragma once

#include "sim/Organisation.h"
#include "sim/SimHttp.h"

namespace kd::sim {

// Each Konnect API the simulator serves registers its routes here.
void registerIdentityApi(Router &router, Organisation &org);
void registerControlPlanesApi(Router &router, Organisation &org);
void registerCloudGatewaysApi(Router &router, Organisation &org);
void registerCoreEntitiesApi(Router &router, Organisation &org);
void registerMetricsApi(Router &router, Organisation &org);

} // namespace kd::sim
