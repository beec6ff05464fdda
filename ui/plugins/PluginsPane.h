#pragma once

#include "ui/common/TablePane.h"

namespace kd {

// Every plugin of every control plane: scope, enabled, linked partial; create and edit the
// Redis-backed ones with a form and the rest as JSON; enable, disable, delete.
class PluginsPane final : public TablePane {
    Q_OBJECT
public:
    PluginsPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    bool selectPlugin(const QString &id) { return jumpTo(id); }

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    QString detailsHtml(const QString &id) const override;
    void updateActions() override;

private:
    void togglePlugin();

    QAction *m_toggle;
};

} // namespace kd
