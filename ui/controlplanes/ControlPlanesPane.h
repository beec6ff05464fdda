#pragma once

#include "ui/Pane.h"

class QLabel;
class QTableView;
class QTextBrowser;

namespace kd {

class ControlPlaneModel;
class FleetFilterProxy;
class FleetStore;
class SyncEngine;

// Control planes of every geo: filter, sort, and the selected one's details.
class ControlPlanesPane final : public Pane {
    Q_OBJECT
public:
    ControlPlanesPane(FleetStore *store, SyncEngine *sync, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("control-planes"); }
    QString title() const override { return tr("Control planes"); }
    QString iconPath() const override { return QStringLiteral(":/icons/control-planes.svg"); }
    QList<QAction *> paneActions() const override { return {m_refresh}; }

    QTableView *view() const { return m_view; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    void selectControlPlane(const QString &id);

Q_SIGNALS:
    void controlPlaneSelected(const QString &id);

private:
    void showDetails();
    void updateBanner();
    void updateEmptyState();

    FleetStore *m_store;
    SyncEngine *m_sync;
    ControlPlaneModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLabel *m_banner;
    QLabel *m_empty;
    QAction *m_refresh;
};

} // namespace kd
