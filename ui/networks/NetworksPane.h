#pragma once

#include "ui/common/TablePane.h"

namespace kd {

// Cloud gateway networks of the organisation.
class NetworksPane final : public TablePane {
    Q_OBJECT
public:
    NetworksPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    QString detailsHtml(const QString &id) const override;
};

} // namespace kd
