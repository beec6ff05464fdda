#pragma once

#include "ui/Pane.h"

class QTableView;
class QTextBrowser;

namespace kd {

class FleetActions;
class FleetFilterProxy;
class FleetStore;
class NetworkModel;

// Cloud gateway networks of the organisation.
class NetworksPane final : public Pane {
    Q_OBJECT
public:
    NetworksPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("networks"); }
    QString title() const override { return tr("Networks"); }
    QString iconPath() const override { return QStringLiteral(":/icons/networks.svg"); }

    QList<QAction *> paneActions() const override { return {m_create, m_rename, m_delete}; }

    QTableView *view() const { return m_view; }
    QString currentId() const;
    void createNetwork();
    void renameNetwork();
    void deleteNetwork();

private:
    void showDetails();

    FleetStore *m_store;
    FleetActions *m_actions;
    NetworkModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_delete;
};

} // namespace kd
