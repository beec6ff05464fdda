#pragma once

#include <QFrame>

namespace kd {

class FleetActions;
class FleetStore;

// Says in the window that a provisioned cache is ready, with the next step: "Create a plugin
// using it…" opens the plugin dialog linked to the cache's Redis configuration.
class CacheReadyNotice final : public QFrame {
    Q_OBJECT
public:
    CacheReadyNotice(const FleetStore *store, FleetActions *actions, const QString &owner,
                     const QString &cacheName, const QString &partialId, QWidget *parent = nullptr);

Q_SIGNALS:
    void pluginCreated(const QString &pluginId);

private:
    void createPlugin();

    const FleetStore *m_store;
    FleetActions *m_actions;
    QString m_owner;
    QString m_partialId;
};

} // namespace kd
