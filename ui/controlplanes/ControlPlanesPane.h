#pragma once

#include "ui/Pane.h"

class QLabel;
class QTableView;
class QTextBrowser;

namespace kd {

class ControlPlaneModel;
class FleetActions;
class FleetFilterProxy;
class FleetStore;
class SyncEngine;
class TelemetryFeed;

// Control planes of every geo: filter, sort, and the selected one's details.
class ControlPlanesPane final : public Pane {
    Q_OBJECT
public:
    ControlPlanesPane(FleetStore *store, SyncEngine *sync, FleetActions *actions,
                      QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("control-planes"); }
    QString title() const override { return tr("Control planes"); }
    QString iconPath() const override { return QStringLiteral(":/icons/control-planes.svg"); }
    QList<QAction *> paneActions() const override {
        return {m_create, m_edit, m_delete, m_refresh};
    }

    QTableView *view() const { return m_view; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    void selectControlPlane(const QString &id);
    // Health columns (requests/min, p95, errors, trend) from the telemetry feed.
    void setTelemetry(TelemetryFeed *feed);
    QString currentId() const;
    void createControlPlane();
    void editControlPlane();
    void deleteControlPlane();

Q_SIGNALS:
    // The user moved the selection to a control plane.
    void controlPlaneSelected(const QString &controlPlaneId);

private:
    void showDetails();
    void updateBanner();
    void updateEmptyState();

    FleetStore *m_store;
    SyncEngine *m_sync;
    FleetActions *m_actions;
    ControlPlaneModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    bool m_selecting = false; // following another pane: do not echo the selection back
    QTextBrowser *m_details;
    QLabel *m_banner;
    QLabel *m_empty;
    QAction *m_refresh;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace kd
