#include "models/CommandPaletteModel.h"

#include "fleet/FleetStore.h"
#include "models/CommandIndexBuilder.h"

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace kd {

CommandPaletteModel::CommandPaletteModel(FleetStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store) {
    // The index is built in slices once the fleet has been quiet for a moment.
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleBeforeBuild);
    connect(&m_idle, &QTimer::timeout, this, &CommandPaletteModel::buildSlice);
    const auto stale = [this] { markStale(); };
    for (const auto signal :
         {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
          &FleetStore::controlPlanesRemoved, &FleetStore::cachesAdded, &FleetStore::cachesChanged,
          &FleetStore::cachesRemoved, &FleetStore::networksAdded, &FleetStore::networksChanged,
          &FleetStore::networksRemoved, &FleetStore::dataPlaneGroupsChanged,
          &FleetStore::pluginsAdded, &FleetStore::pluginsChanged, &FleetStore::pluginsRemoved,
          &FleetStore::partialsAdded, &FleetStore::partialsChanged, &FleetStore::partialsRemoved})
        connect(store, signal, this, stale);
    m_idle.start();
}

CommandPaletteModel::~CommandPaletteModel() = default;

void CommandPaletteModel::setActions(const QList<CommandEntry> &actions) {
    m_actions.clear();
    m_actions.reserve(actions.size());
    for (const CommandEntry &action : actions)
        m_actions.add(action);
}

void CommandPaletteModel::refreshIndex() {
    if (m_stale)
        rebuildEntities();
    m_query.clear();
    m_entityMatches.clear();
}

void CommandPaletteModel::markStale() {
    m_stale = true;
    m_builder.reset();
    m_idle.start();
}

void CommandPaletteModel::buildSlice() {
    if (!m_stale)
        return;
    if (!m_builder)
        m_builder = std::make_unique<CommandIndexBuilder>(*m_store);
    if (!m_builder->step(sliceEntries)) {
        QTimer::singleShot(0, this, &CommandPaletteModel::buildSlice);
        return;
    }
    m_entities = m_builder->take();
    m_builder.reset();
    m_stale = false;
    m_entityMatches.clear();
}

void CommandPaletteModel::rebuildEntities() {
    if (!m_builder)
        m_builder = std::make_unique<CommandIndexBuilder>(*m_store);
    m_builder->step(std::numeric_limits<qsizetype>::max());
    m_entities = m_builder->take();
    m_builder.reset();
    m_stale = false;
}

void CommandPaletteModel::setQuery(const QString &query) {
    if (m_stale)
        rebuildEntities();
    CommandIndex::Scored actions;
    CommandIndex::Scored entities;
    if (query.trimmed().isEmpty()) {
        // Nothing typed yet: the actions, in menu order.
        for (qsizetype row = 0; row < m_actions.size(); ++row)
            actions.emplace_back(1, row);
        m_entityMatches.clear();
    } else {
        // One more letter or word only narrows: look among the last matches, not everything.
        const bool narrows = !m_query.trimmed().isEmpty() && query.startsWith(m_query);
        entities = m_entities.matching(query, narrows ? &m_entityMatches : nullptr);
        m_entityMatches.clear();
        m_entityMatches.reserve(entities.size());
        for (const auto &[score, row] : entities)
            m_entityMatches.push_back(row);
        actions = m_actions.matching(query);
    }
    m_query = query;
    m_matchCount = qsizetype(actions.size()) + qsizetype(entities.size());

    // Best first; on equal scores actions before entities, then index order.
    std::vector<std::tuple<int, bool, qsizetype>> all;
    all.reserve(actions.size() + entities.size());
    for (const auto &[score, row] : actions)
        all.emplace_back(-score, false, row);
    for (const auto &[score, row] : entities)
        all.emplace_back(-score, true, row);
    const auto count = std::min<size_t>(all.size(), size_t(maxRows));
    std::partial_sort(all.begin(), all.begin() + qsizetype(count), all.end());
    beginResetModel();
    m_rows.clear();
    for (size_t i = 0; i < count; ++i)
        m_rows.append({!std::get<1>(all[i]), std::get<2>(all[i])});
    endResetModel();
}

const CommandEntry &CommandPaletteModel::entry(int row) const {
    const Row &r = m_rows.at(row);
    return r.action ? m_actions.at(r.index) : m_entities.at(r.index);
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return e.detail;
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandPaletteModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace kd
