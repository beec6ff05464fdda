#include "models/PluginModel.h"

#include "fleet/FleetStore.h"
#include "models/Tones.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString planeName(const FleetStore *store, const QString &id) {
    const ControlPlane *cp = store->controlPlane(id);
    return cp ? cp->name : id;
}

QString scopeText(const Plugin &plugin) {
    const QString scope = plugin.scope();
    if (scope == u"global"_s)
        return QObject::tr("global");
    const QString id = scope == u"service"_s    ? plugin.serviceId
                       : scope == u"route"_s    ? plugin.routeId
                       : scope == u"consumer"_s ? plugin.consumerId
                                                : plugin.consumerGroupId;
    return scope + u' ' + id.left(8);
}
} // namespace

PluginModel::PluginModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->pluginIds());
    connect(store, &FleetStore::pluginsAdded, this, &PluginModel::onAdded);
    connect(store, &FleetStore::pluginsChanged, this, &PluginModel::onChanged);
    connect(store, &FleetStore::pluginsRemoved, this, &PluginModel::onRemoved);
}

int PluginModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PluginModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plugin *plugin = m_store->plugin(idAt(index.row()));
    if (!plugin)
        return {};
    if (role == ControlPlaneIdRole)
        return plugin->controlPlaneId;
    if (role == Qt::ForegroundRole && !plugin->enabled)
        return toneColor(Tone::Muted);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return plugin->name;
    case InstanceColumn:
        return plugin->instanceName;
    case ControlPlaneColumn:
        return planeName(m_store, plugin->controlPlaneId);
    case ScopeColumn:
        return role == RawValueRole ? plugin->scope() : scopeText(*plugin);
    case EnabledColumn:
        if (role == RawValueRole)
            return plugin->enabled;
        return plugin->enabled ? tr("enabled") : tr("disabled");
    case PartialColumn: {
        QStringList names;
        for (const QString &id : plugin->partialIds) {
            const Partial *partial = m_store->partial(id);
            names.append(partial && !partial->name.isEmpty() ? partial->name : id);
        }
        return names.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant PluginModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    static const char *titles[] = {QT_TR_NOOP("Plugin"),        QT_TR_NOOP("Instance name"),
                                   QT_TR_NOOP("Control plane"), QT_TR_NOOP("Scope"),
                                   QT_TR_NOOP("Enabled"),       QT_TR_NOOP("Linked configuration")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

PartialModel::PartialModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->partialIds());
    connect(store, &FleetStore::partialsAdded, this, &PartialModel::onAdded);
    connect(store, &FleetStore::partialsChanged, this, &PartialModel::onChanged);
    connect(store, &FleetStore::partialsRemoved, this, &PartialModel::onRemoved);
}

int PartialModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartialModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partial *partial = m_store->partial(idAt(index.row()));
    if (!partial)
        return {};
    if (role == ControlPlaneIdRole)
        return partial->controlPlaneId;
    if (role == Qt::FontRole && index.column() == ManagedColumn && partial->konnectManaged()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return partial->name;
    case TypeColumn:
        return partial->type.raw;
    case ControlPlaneColumn:
        return planeName(m_store, partial->controlPlaneId);
    case ManagedColumn:
        if (role == RawValueRole)
            return partial->konnectManaged();
        return partial->konnectManaged() ? tr("konnect-managed") : QString();
    case LinkedColumn: {
        const auto count = m_store->pluginsUsing(partial->id).size();
        if (role == RawValueRole)
            return static_cast<int>(count);
        return tr("%n plugin(s)", nullptr, static_cast<int>(count));
    }
    case HostColumn: {
        const QVariant host = partial->config.value(u"host"_s);
        return host.isNull() ? QString() : host.toString();
    }
    default:
        return {};
    }
}

QVariant PartialModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    static const char *titles[] = {QT_TR_NOOP("Name"),          QT_TR_NOOP("Type"),
                                   QT_TR_NOOP("Control plane"), QT_TR_NOOP("Managed"),
                                   QT_TR_NOOP("Used by"),       QT_TR_NOOP("Host")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
