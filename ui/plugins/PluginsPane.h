#pragma once

#include "ui/Pane.h"

class QTableView;
class QTextBrowser;

namespace kd {

class FleetActions;
class FleetFilterProxy;
class FleetStore;
class PluginModel;

// Every plugin of every control plane: scope, enabled, linked partial; create and edit the
// Redis-backed ones with a form and the rest as JSON; enable, disable, delete.
class PluginsPane final : public Pane {
    Q_OBJECT
public:
    PluginsPane(FleetStore *store, FleetActions *actions, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("plugins"); }
    QString title() const override { return tr("Plugins"); }
    QString iconPath() const override { return QStringLiteral(":/icons/plugins.svg"); }
    QList<QAction *> paneActions() const override { return {m_create, m_edit, m_toggle, m_delete}; }

    QTableView *view() const { return m_view; }
    QString currentId() const;
    bool selectPlugin(const QString &id);
    void createPlugin();
    void editPlugin();
    void togglePlugin();
    void deletePlugin();

Q_SIGNALS:
    void showPartialRequested(const QString &partialId);

private:
    void showDetails();
    void updateActions();

    FleetStore *m_store;
    FleetActions *m_actions;
    PluginModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_toggle;
    QAction *m_delete;
};

} // namespace kd
