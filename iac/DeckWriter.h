#pragma once

#include <QStringList>
#include <QVariantMap>

#include "iac/PlaneExport.h"
#include "iac/TextFile.h"

namespace kd {
class FleetStore;
}

namespace kd::iac {

// decK state files (format 3.0), one per control plane: its services (with their routes),
// consumers, partials and plugins; plugins linked to partials by name and path and to what
// they apply to by name; secrets as `${{ env "DECK_…" }}`. `entities` holds the services,
// routes and consumers read for the export (without them, scoped plugins keep live ids).
class DeckWriter final {
public:
    explicit DeckWriter(const FleetStore &store,
                        const compare::GatewayEntities *entities = nullptr);

    QList<TextFile> write(const QStringList &controlPlaneIds) const;
    // The document of one control plane, before it becomes YAML.
    QVariantMap document(const QString &controlPlaneId) const;
    // Where write() puts a control plane's file.
    static QString pathFor(const ControlPlane &plane);

private:
    const FleetStore &m_store;
    const compare::GatewayEntities *m_entities;
};

} // namespace kd::iac
