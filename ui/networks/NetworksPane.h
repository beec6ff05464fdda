#pragma once

#include "ui/Pane.h"

class QTableView;

namespace kd {

class FleetFilterProxy;
class FleetStore;
class NetworkModel;

// Cloud gateway networks of the organisation.
class NetworksPane final : public Pane {
    Q_OBJECT
public:
    explicit NetworksPane(FleetStore *store, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("networks"); }
    QString title() const override { return tr("Networks"); }
    QString iconPath() const override { return QStringLiteral(":/icons/networks.svg"); }

    QTableView *view() const { return m_view; }

private:
    NetworkModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
};

} // namespace kd
