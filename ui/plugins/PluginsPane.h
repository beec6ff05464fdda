#pragma once

#include "ui/common/TablePane.h"

namespace kd {

class FleetActions;

// Every plugin of every control plane: scope, enabled, linked partial; create and edit the
// Redis-backed ones with a form and the rest as JSON; enable, disable, delete.
class PluginsPane final : public TablePane {
    Q_OBJECT
public:
    PluginsPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString title() const override { return tr("Plugins"); }

    bool selectPlugin(const QString &id) { return jumpTo(id); }

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    void showDetails() override;
    void updateActions() override;

private:
    void togglePlugin();

    FleetActions *m_actions;
    QAction *m_toggle;
};

} // namespace kd
