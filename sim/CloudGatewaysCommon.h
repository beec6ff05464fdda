#pragma once

#include "sim/Organisation.h"
#include "sim/SimHttp.h"

#include <QStringList>

#include <optional>

// What the Cloud Gateways handlers share: the enums of the spec and its error shapes.
namespace kd::sim::cgw {

extern const QStringList geos;
extern const QStringList tiers;

SimResponse enumError(const QString &field, const QStringList &choices);
SimResponse required(const QString &field);
bool versionAtLeast(const QString &version, int major, int minor);
// [oeq]/[eq]/bare filters on a geo value; 400 for a geo outside the enum.
std::optional<SimResponse> checkGeoFilter(const SimRequest &request, const QString &field);
std::optional<SimResponse> checkUuidFilter(const SimRequest &request, const QString &field);

// The managed-cache add-on routes (/v2/cloud-gateways/add-ons).
void registerAddOns(Router &router, Organisation &org);

} // namespace kd::sim::cgw
