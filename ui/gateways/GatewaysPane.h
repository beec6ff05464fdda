#pragma once

#include "ui/Pane.h"

#include <QPersistentModelIndex>

#include <chrono>

class QTextBrowser;
class QTreeView;

namespace kd {

class FleetActions;
class FleetFilterProxy;
class FleetStore;
class FleetTreeModel;

// Data-plane groups by cloud and region, with their control plane and managed cache; the
// selected group's details; deploy a group, change its autoscale, remove it.
class GatewaysPane final : public Pane {
    Q_OBJECT
public:
    GatewaysPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("gateways"); }
    QString title() const override { return tr("Gateways"); }
    QString iconPath() const override { return QStringLiteral(":/icons/gateways.svg"); }
    QList<QAction *> paneActions() const override;
    void deployGroup();
    // Opens the deploy wizard with this control plane chosen.
    void deployGroupTo(const QString &controlPlaneId);
    void changeAutoscale();
    void removeGroup();
    // How often a deployment is read back while groups come up.
    void setFollowInterval(std::chrono::milliseconds interval) { m_followInterval = interval; }

    QTreeView *view() const { return m_view; }

    // Selects the group's row (expanding its cloud and region); false when it is not shown.
    bool selectGroup(const QString &groupId);
    // Signed out, nothing can be changed.
    void setSignedIn(bool signedIn);

Q_SIGNALS:
    void showControlPlaneRequested(const QString &controlPlaneId);
    // The user moved the selection to a data-plane group.
    void groupSelected(const QString &groupId);

private:
    void showDetails();
    void updateActions();
    void updateBadge();
    void openGroupChange(bool remove);

    FleetStore *m_store;
    FleetActions *m_actions;
    FleetTreeModel *m_model;
    FleetFilterProxy *m_proxy;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QList<QPersistentModelIndex> m_toExpand; // cloud and region rows that just appeared
    bool m_selecting = false; // following another pane: do not echo the selection back
    bool m_signedIn = true;
    QAction *m_deploy;
    QAction *m_autoscale;
    QAction *m_remove;
    QAction *m_expand;
    QAction *m_showPlane;
    std::chrono::milliseconds m_followInterval{5000};
};

} // namespace kd
