#pragma once

#include <QStringList>
#include <QVariantMap>

#include "iac/PlaneExport.h"
#include "iac/TextFile.h"

namespace kd {
class FleetStore;
}

namespace kd::iac {

// decK state files (format 3.0), one per control plane: its partials and plugins, plugins
// linked to partials by name and path, secrets as `${{ env "DECK_…" }}`.
class DeckWriter final {
public:
    explicit DeckWriter(const FleetStore &store);

    QList<TextFile> write(const QStringList &controlPlaneIds) const;
    // The document of one control plane, before it becomes YAML.
    QVariantMap document(const QString &controlPlaneId) const;
    // Where write() puts a control plane's file.
    static QString pathFor(const ControlPlane &plane);

private:
    const FleetStore &m_store;
};

} // namespace kd::iac
