#pragma once

#include "ui/Pane.h"

class QTreeView;

namespace kd {

class FleetFilterProxy;
class FleetStore;
class FleetTreeModel;
class SyncEngine;

// Data-plane groups by cloud and region, with their control plane and managed cache.
class GatewaysPane final : public Pane {
    Q_OBJECT
public:
    GatewaysPane(FleetStore *store, SyncEngine *sync, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("gateways"); }
    QString title() const override { return tr("Gateways"); }
    QString iconPath() const override { return QStringLiteral(":/icons/gateways.svg"); }
    QList<QAction *> paneActions() const override { return {m_expand, m_showPlane}; }

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void showControlPlaneRequested(const QString &controlPlaneId);

private:
    FleetTreeModel *m_model;
    FleetFilterProxy *m_proxy;
    QTreeView *m_view;
    QAction *m_expand;
    QAction *m_showPlane;
};

} // namespace kd
