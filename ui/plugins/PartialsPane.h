#pragma once

#include "ui/common/TablePane.h"

namespace kd {

// "Redis configurations": the partials of every control plane, Konnect-managed ones marked,
// with the plugins that link each; create, edit (full PUT) and delete (refused while linked,
// and for the ones Konnect manages).
class PartialsPane final : public TablePane {
    Q_OBJECT
public:
    PartialsPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    bool selectPartial(const QString &id) { return jumpTo(id); }

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    QString detailsHtml(const QString &id) const override;
    QString deleteRefusal(const QString &id) const override;

private:
    void confirmDelete(const QString &id);
};

} // namespace kd
