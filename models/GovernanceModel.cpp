#include "models/GovernanceModel.h"

#include "fleet/FleetStore.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kd {

GovernanceModel::GovernanceModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->controlPlaneIds());
    connect(store, &FleetStore::controlPlanesAdded, this, &GovernanceModel::onAdded);
    connect(store, &FleetStore::controlPlanesChanged, this, &GovernanceModel::planesChanged);
    connect(store, &FleetStore::controlPlanesRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_coverage.remove(id);
        onRemoved(ids);
    });
    connect(store, &FleetStore::pluginsAdded, this, &GovernanceModel::pluginsChanged);
    connect(store, &FleetStore::pluginsChanged, this, &GovernanceModel::pluginsChanged);
    // A removed plugin no longer says which plane it was in.
    connect(store, &FleetStore::pluginsRemoved, this,
            [this] { planesChanged(m_store->controlPlaneIds()); });
}

void GovernanceModel::planesChanged(const QStringList &ids) {
    for (const QString &id : ids)
        m_coverage.remove(id);
    onChanged(ids);
}

void GovernanceModel::pluginsChanged(const QStringList &pluginIds) {
    QSet<QString> planes;
    for (const QString &id : pluginIds) {
        if (const Plugin *plugin = m_store->plugin(id))
            planes.insert(plugin->controlPlaneId);
    }
    planesChanged(planes.values());
}

advisor::PolicyFamily GovernanceModel::familyOf(int column) {
    return advisor::policyFamilies().value(column - AuthenticationColumn);
}

const QList<advisor::PolicyCoverage> &GovernanceModel::coverage(const QString &planeId) const {
    auto it = m_coverage.find(planeId);
    if (it == m_coverage.end()) {
        QList<advisor::PolicyCoverage> all;
        for (advisor::PolicyFamily family : advisor::policyFamilies())
            all.append(advisor::coverageOf(*m_store, planeId, family));
        it = m_coverage.insert(planeId, all);
    }
    return it.value();
}

int GovernanceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GovernanceModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QString id = idAt(index.row());
    const ControlPlane *cp = m_store->controlPlane(id);
    if (!cp)
        return {};
    if (role == IdRole)
        return id;
    const QString env = cp->labels.value(u"env"_s);
    if (index.column() < AuthenticationColumn) {
        if (role == RawValueRole)
            return (env.isEmpty() ? u"~"_s : env) + u'\n' + cp->name;
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == NameColumn ? cp->name : env;
    }
    const advisor::PolicyCoverage &cell = coverage(id).at(index.column() - AuthenticationColumn);
    switch (role) {
    case PresentRole:
        return cell.present();
    case RawValueRole:
    case Qt::DisplayRole:
        return cell.present() ? cell.scopes.join(u", "_s) : tr("missing");
    case Qt::ToolTipRole:
        return cell.present() ? cell.plugins.join(u", "_s)
                              : tr("No enabled %1 policy in this control plane.")
                                    .arg(advisor::familyName(familyOf(index.column())));
    case Qt::BackgroundRole:
        return cell.present() ? QVariant() : QVariant(QBrush(QColor(0xf8, 0xd7, 0xd3)));
    case Qt::ForegroundRole:
        return cell.present() ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x1c, 0x12)));
    default:
        return {};
    }
}

QVariant GovernanceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Control plane");
    if (section == EnvColumn)
        return tr("env");
    if (section < ColumnCount)
        return advisor::familyName(familyOf(section));
    return {};
}

} // namespace kd
