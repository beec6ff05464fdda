#pragma once

#include "models/CommandIndex.h"

#include <QAbstractListModel>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace kd {

class CommandIndexBuilder;
class FleetStore;

// What the command palette shows: the best matches, as the user types, among every entity
// of the fleet and the actions the window offers. The entity index is rebuilt only when the
// palette opens after the fleet changed; typing one more letter searches only what matched.
class CommandPaletteModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DetailRole };
    Q_ENUM(Role)
    static constexpr qsizetype maxRows = 50;

    static constexpr qsizetype sliceEntries = 4000; // a few milliseconds of work
    static constexpr std::chrono::milliseconds idleBeforeBuild{700};

    explicit CommandPaletteModel(FleetStore *store, QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    // Actions come from the widgets (kind Action, id chosen by them), in menu order.
    void setActions(const QList<CommandEntry> &actions);
    // Brings the entity index up to date with the store (call when the palette opens); it is
    // usually built already, in slices while the app was idle.
    void refreshIndex();
    bool indexCurrent() const { return !m_stale; }
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // How many entries match the query in all (the rows show the best maxRows of them).
    qsizetype matchCount() const { return m_matchCount; }
    // Entities and actions that can be found.
    qsizetype searchableCount() const { return m_entities.size() + m_actions.size(); }
    const CommandEntry &entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void markStale();
    void buildSlice();
    void rebuildEntities();

    FleetStore *m_store;
    CommandIndex m_actions;
    CommandIndex m_entities;
    bool m_stale = true;
    std::unique_ptr<CommandIndexBuilder> m_builder;
    QTimer m_idle;
    QString m_query;
    std::vector<qsizetype> m_entityMatches; // every entity match of m_query, to narrow
    qsizetype m_matchCount = 0;
    struct Row {
        bool action;
        qsizetype index;
    };
    QList<Row> m_rows; // the best matches, shown
};

} // namespace kd
