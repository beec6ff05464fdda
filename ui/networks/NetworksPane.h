#pragma once

#include "ui/common/TablePane.h"

namespace kd {

class FleetActions;

// Cloud gateway networks of the organisation.
class NetworksPane final : public TablePane {
    Q_OBJECT
public:
    NetworksPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString title() const override { return tr("Networks"); }

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    void showDetails() override;

private:
    FleetActions *m_actions;
};

} // namespace kd
