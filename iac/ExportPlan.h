#pragma once

#include "client/Result.h"
#include "fleet/compare/GatewayEntities.h"
#include "fleet/compare/PlaneDocument.h"

#include <QStringList>

#include "iac/TextFile.h"

namespace kd {
class FleetStore;
}

namespace kd::iac {

enum class Format { Terraform, Deck };

// Every file an export of these control planes writes, Terraform first. `entities`: their
// services, routes and consumers (compare::GatewayEntities::read), exported with them and
// referenced by the plugins scoped to them.
QList<TextFile> buildExport(const FleetStore &store, const QStringList &controlPlaneIds,
                            const QList<Format> &formats,
                            const compare::GatewayEntities *entities = nullptr);
// Writes each file below `folder` (created when missing), each replaced atomically. Fails on
// the first file that cannot be written, naming it.
Status writeExport(const QList<TextFile> &files, const QString &folder);
// A decK file on disk (YAML or JSON) as the compare reads it.
Result<compare::PlaneDocument> readDeckFile(const QString &path);

} // namespace kd::iac
