#pragma once

#include "ui/Pane.h"

class QTableView;
class QTextBrowser;

namespace kd {

class FleetActions;
class FleetFilterProxy;
class FleetStore;
class PartialModel;

// "Redis configurations": the partials of every control plane, Konnect-managed ones marked,
// with the plugins that link each; create, edit (full PUT) and delete (refused while linked).
class PartialsPane final : public Pane {
    Q_OBJECT
public:
    PartialsPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("partials"); }
    QString title() const override { return tr("Redis configurations"); }
    QString iconPath() const override { return QStringLiteral(":/icons/partials.svg"); }
    QList<QAction *> paneActions() const override { return {m_create, m_edit, m_delete}; }

    QTableView *view() const { return m_view; }
    QString currentId() const;
    bool selectPartial(const QString &id);
    void createPartial();
    void editPartial();
    void deletePartial();

Q_SIGNALS:
    void showPluginRequested(const QString &pluginId);

private:
    void showDetails();

    FleetStore *m_store;
    FleetActions *m_actions;
    PartialModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace kd
