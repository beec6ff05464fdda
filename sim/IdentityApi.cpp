#include "sim/Api.h"
#include "sim/Paging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kd::sim {

void registerIdentityApi(Router &router, Organisation &org) {
    router.add("GET", HostKind::Global, u"/v3/users/me"_s,
               [&org](SimRequest &) { return SimResponse::json(200, org.user); });
    router.add("GET", HostKind::Global, u"/v3/organizations/me"_s,
               [&org](SimRequest &) { return SimResponse::json(200, org.organization); });
}

} // namespace kd::sim
