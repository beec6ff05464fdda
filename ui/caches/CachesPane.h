#pragma once

#include "ui/Pane.h"

#include <chrono>

class QTableView;
class QTextBrowser;

namespace kd {

class CacheModel;
class FleetActions;
class FleetFilterProxy;
class FleetStore;

// Managed Redis caches: tier, state per data-plane group, the partial Konnect made, the
// plugins that use it; resize (larger tiers only) and delete (blocked while plugins use it).
class CachesPane final : public Pane {
    Q_OBJECT
public:
    CachesPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("caches"); }
    QString title() const override { return tr("Managed caches"); }
    QString iconPath() const override { return QStringLiteral(":/icons/caches.svg"); }
    QList<QAction *> paneActions() const override { return {m_provision, m_resize, m_delete}; }
    void provisionCache();
    // How often a provisioning cache is read back.
    void setFollowInterval(std::chrono::milliseconds interval) { m_followInterval = interval; }

    QTableView *view() const { return m_view; }
    QString currentOwner() const;
    void resizeCache();
    void deleteCache();

private:
    void showDetails();

    FleetStore *m_store;
    FleetActions *m_actions;
    CacheModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_resize;
    QAction *m_delete;
    QAction *m_provision;
    std::chrono::milliseconds m_followInterval{10000};
};

} // namespace kd
