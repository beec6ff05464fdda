#pragma once

#include "ui/common/TablePane.h"

namespace kd {

class ControlPlaneModel;
class SyncEngine;
class TelemetryFeed;

// Control planes of every geo: filter, sort, and the selected one's details.
class ControlPlanesPane final : public TablePane {
    Q_OBJECT
public:
    ControlPlanesPane(FleetStore *store, SyncEngine *sync, FleetActions *actions,
                      QWidget *parent = nullptr);

    bool selectControlPlane(const QString &id) { return selectId(id); }
    // Health columns (requests/min, p95, errors, trend) from the telemetry feed.
    void setTelemetry(TelemetryFeed *feed);

Q_SIGNALS:
    // The user moved the selection to a control plane.
    void controlPlaneSelected(const QString &controlPlaneId);
    // "Deploy a group…" on an empty Dedicated Cloud Gateway control plane.
    void deployGroupRequested(const QString &controlPlaneId);

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    QString detailsHtml(const QString &id) const override;
    QString emptyText() const override;
    void updateActions() override;

private:
    void updateBanner();

    SyncEngine *m_sync;
    ControlPlaneModel *m_model;
    QLabel *m_banner;
    QAction *m_refresh;
    QAction *m_deploy;
};

} // namespace kd
