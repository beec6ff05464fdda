#pragma once

#include "models/CommandIndex.h"

#include <QCoreApplication>
#include <QStringList>

namespace kd {

class FleetStore;

// Builds the palette's entity index from the store a slice at a time, so that a fleet of
// 60,000 plugins is indexed while the app is idle, not when the user presses Ctrl+K. The id
// lists are taken when it starts; a change of the store starts a new builder.
class CommandIndexBuilder final {
    Q_DECLARE_TR_FUNCTIONS(kd::CommandIndexBuilder)
public:
    explicit CommandIndexBuilder(const FleetStore &store);

    // Adds up to `budget` entities; true once every entity is in.
    bool step(qsizetype budget);
    CommandIndex take() { return std::move(m_index); }

private:
    void addPlane(const QString &id);
    void addCache(const QString &ownerId);
    void addNetwork(const QString &id);
    void addPartial(const QString &id);
    void addPlugin(const QString &id);
    QString planeName(const QString &id) const;

    const FleetStore &m_store;
    CommandIndex m_index;
    const QStringList m_lists[5]; // planes, cache owners, networks, partials, plugins
    int m_list = 0;
    qsizetype m_position = 0;
    // Plugins of one control plane and scope share one detail text.
    QString m_lastPlane;
    QString m_lastScope;
    QString m_pluginDetail;
};

} // namespace kd
