#include "fleet/compare/ApplyPlan.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
struct ApplyPlanTr {
    Q_DECLARE_TR_FUNCTIONS(kd::compare::ApplyPlan)
};

PlannedRequest planned(CoreWrite::Action action, Geo geo, const QString &controlPlaneId,
                       const QString &id,
                       std::variant<PartialWrite, PluginWrite, ControlPlaneWrite> entity,
                       const QString &label) {
    CoreWrite write;
    write.action = action;
    write.geo = geo;
    write.controlPlaneId = controlPlaneId;
    write.id = id;
    write.entity = std::move(entity);
    write.what = ApplyPlanTr::tr("apply %1").arg(label);
    return {write, label};
}

// The parts of a plugin's scope key: ("service", "orders"), ("consumer", "alice").
QList<std::pair<QString, QString>> scopeParts(const QString &scope) {
    QList<std::pair<QString, QString>> parts;
    if (scope == u"global"_s)
        return parts;
    for (const QString &part : scope.split(u'+'))
        parts.append({part.section(u':', 0, 0), part.section(u':', 1)});
    return parts;
}

QString idNamed(const PlaneGatewayEntities &entities, const QString &kind, const QString &name) {
    if (kind == u"service"_s) {
        for (const GatewayService &service : entities.services) {
            if (serviceRef(&entities, service.id) == name)
                return service.id;
        }
    } else if (kind == u"route"_s) {
        for (const GatewayRoute &route : entities.routes) {
            if (routeRef(&entities, route.id) == name)
                return route.id;
        }
    } else if (kind == u"consumer"_s) {
        for (const GatewayConsumer &consumer : entities.consumers) {
            if (consumerRef(&entities, consumer.id) == name)
                return consumer.id;
        }
    }
    return {};
}

// Why a scoped plugin cannot be sent to the target, or empty when it can.
QString scopeProblem(const QString &scope, const PlaneGatewayEntities *entities,
                     const QString &targetTitle) {
    if (!entities)
        return ApplyPlanTr::tr("the services, routes and consumers of %1 were not read; "
                               "compare again.")
            .arg(targetTitle);
    for (const auto &[kind, name] : scopeParts(scope)) {
        if (kind == u"consumer_group"_s)
            return ApplyPlanTr::tr("applies to a consumer group, which the compare does not "
                                   "match between environments; change it in the Plugins pane.");
        if (idNamed(*entities, kind, name).isEmpty())
            return ApplyPlanTr::tr("%1 has no %2 called %3: create it first (decK or "
                                   "Terraform), then compare again.")
                .arg(targetTitle, kind, name);
    }
    return {};
}

void scopeIds(const QString &scope, const PlaneGatewayEntities &entities, PluginWrite &plugin) {
    for (const auto &[kind, name] : scopeParts(scope)) {
        const QString id = idNamed(entities, kind, name);
        if (kind == u"service"_s)
            plugin.serviceId = id;
        else if (kind == u"route"_s)
            plugin.routeId = id;
        else if (kind == u"consumer"_s)
            plugin.consumerId = id;
    }
}

std::optional<QStringList> stringsIfPresent(const QVariantMap &fields, const QString &key) {
    if (!fields.contains(key))
        return std::nullopt;
    return fields.value(key).toStringList();
}

int orderOf(const EntityDifference &d) {
    // Partials before the plugins that link them; plugins deleted before their partials.
    if (d.kind == u"partial"_s)
        return d.change == Change::Delete ? 3 : 0;
    if (d.kind == u"plugin"_s)
        return d.change == Change::Delete ? 2 : 1;
    return 4;
}
} // namespace

ApplyPlanResult planApply(const FleetStore &store, const PlaneDocument &source,
                          const PlaneDocument &target, const QList<EntityDifference> &differences,
                          const PlaneGatewayEntities *targetEntities) {
    ApplyPlanResult plan;
    const ControlPlane *plane = store.controlPlane(target.controlPlaneId);
    if (!plane) {
        plan.skipped.append(
            ApplyPlanTr::tr("The target is not a live control plane: nothing can be sent."));
        return plan;
    }
    const Geo geo = plane->geo;
    const QString cp = plane->id;
    // The target's partials by the name plugins link them with (the managed one by its key).
    QHash<QString, std::pair<QString, QString>> partials; // link name -> (id, real name)
    for (const QString &id : store.partialsOf(cp)) {
        const Partial *partial = store.partial(id);
        partials.insert(partial->konnectManaged() ? managedPartialKey : partial->name,
                        {partial->id, partial->name});
    }
    QList<EntityDifference> ordered = differences;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return orderOf(a) < orderOf(b); });
    for (const EntityDifference &d : std::as_const(ordered)) {
        const Entity *from = source.find(d.kind, d.key);
        if (d.kind == u"partial"_s) {
            if (d.change == Change::Delete) {
                plan.requests.append(
                    planned(CoreWrite::Action::Delete, geo, cp, d.leftId, PartialWrite{}, d.label));
                continue;
            }
            PartialWrite partial{d.key, from->fields.value(u"type"_s).toString(),
                                 from->fields.value(u"tags"_s).toStringList(),
                                 from->fields.value(u"config"_s).toMap()};
            const bool create = d.change == Change::Create;
            plan.requests.append(
                planned(create ? CoreWrite::Action::Create : CoreWrite::Action::Replace, geo, cp,
                        create ? QString() : d.leftId, std::move(partial), d.label));
            continue;
        }
        if (d.kind == u"plugin"_s) {
            const QStringList key = d.key.split(u'|');
            if (d.change != Change::Delete && key.value(1) != u"global"_s) {
                const QString problem = scopeProblem(key.value(1), targetEntities, target.title);
                if (!problem.isEmpty()) {
                    plan.skipped.append(d.label + u": "_s + problem);
                    continue;
                }
            }
            if (d.change == Change::Delete) {
                plan.requests.append(
                    planned(CoreWrite::Action::Delete, geo, cp, d.leftId, PluginWrite{}, d.label));
                continue;
            }
            PluginWrite plugin;
            plugin.name = key.value(0);
            plugin.instanceName = key.value(2);
            plugin.enabled = from->fields.value(u"enabled"_s, true).toBool();
            plugin.config = from->fields.value(u"config"_s).toMap();
            plugin.protocols = stringsIfPresent(from->fields, u"protocols"_s);
            plugin.tags = stringsIfPresent(from->fields, u"tags"_s);
            if (targetEntities)
                scopeIds(key.value(1), *targetEntities, plugin);
            bool linked = true;
            for (const QVariant &link : from->fields.value(u"partials"_s).toList()) {
                const QString name = link.toMap().value(u"name"_s).toString();
                // A partial created by this plan gets its id only when it is sent: by name.
                const bool pending = source.find(u"partial"_s, name) && !partials.contains(name);
                if (!partials.contains(name) && !pending) {
                    plan.skipped.append(
                        ApplyPlanTr::tr("%1: links the partial %2, which %3 does not have.")
                            .arg(d.label, name, target.title));
                    linked = false;
                    break;
                }
                plugin.partials.append({pending ? QString() : partials.value(name).first,
                                        pending ? name : partials.value(name).second,
                                        link.toMap().value(u"path"_s).toString()});
            }
            if (!linked)
                continue;
            const bool create = d.change == Change::Create;
            plan.requests.append(
                planned(create ? CoreWrite::Action::Create : CoreWrite::Action::Replace, geo, cp,
                        create ? QString() : d.leftId, std::move(plugin), d.label));
            continue;
        }
        if (d.kind == u"control_plane"_s && from) {
            ControlPlaneWrite patch;
            for (const FieldDifference &field : d.fields) {
                const QString top = field.path.section(u'.', 0, 0);
                if (top == u"description"_s)
                    patch.description = from->fields.value(top).toString();
                else if (top == u"labels"_s) {
                    // The whole set: a label only the target has goes with it.
                    Labels labels;
                    const QVariantMap wanted = from->fields.value(top).toMap();
                    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
                        labels.insert(it.key(), it.value().toString());
                    patch.labels = labels;
                } else
                    plan.skipped.append(
                        ApplyPlanTr::tr("%1: %2 cannot be changed on an existing control plane.")
                            .arg(d.label, field.path));
            }
            if (patch.description || patch.labels)
                plan.requests.append(
                    planned(CoreWrite::Action::Replace, geo, cp, cp, std::move(patch), d.label));
            continue;
        }
        plan.skipped.append(
            ApplyPlanTr::tr("%1: the cloud side changes asynchronously; use the Gateways and "
                            "Managed caches panes, which follow it.")
                .arg(d.label));
    }
    return plan;
}

Applier::Applier(Session *session, FleetStore *store, FleetActions *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_actions(actions) {
}

QCoro::Task<Result<int>> Applier::send(QList<PlannedRequest> requests,
                                       QString targetControlPlaneId) {
    int sent = 0;
    std::optional<Error> failure;
    QHash<QString, QString> createdPartials; // name -> the id Konnect gave it
    for (const PlannedRequest &planned : requests) {
        CoreWrite write = planned.write;
        if (auto *plugin = std::get_if<PluginWrite>(&write.entity)) {
            for (PartialLinkWrite &link : plugin->partials) {
                if (link.id.isEmpty())
                    link.id = createdPartials.value(link.name);
            }
        }
        const Result<QString> written = co_await m_session->client().write(write);
        if (!written) {
            failure = written.error();
            break;
        }
        if (std::holds_alternative<PartialWrite>(write.entity)
            && write.action == CoreWrite::Action::Create)
            createdPartials.insert(std::get<PartialWrite>(write.entity).name, *written);
        ++sent;
        if (std::holds_alternative<ControlPlaneWrite>(write.entity)) {
            // The store shows the plane as Konnect now has it.
            auto plane = co_await m_session->client().controlPlane(write.geo, write.controlPlaneId);
            if (!plane) {
                failure = plane.error();
                break;
            }
            m_store->upsertControlPlane(*plane);
        }
    }
    const Status reread = co_await m_actions->refreshCoreEntities(targetControlPlaneId);
    if (failure)
        co_return *failure;
    if (!reread)
        co_return reread.error();
    co_return sent;
}

} // namespace kd::compare

namespace kd::compare {

QString Applier::urlOf(const ApiRequest &request) const {
    return m_session->transport().endpoints().url(request.geo, request.path).toString();
}

} // namespace kd::compare

namespace kd::compare {

QCoro::Task<Result<GatewayEntities>> Applier::readGatewayEntities(QStringList controlPlaneIds) {
    return GatewayEntities::read(m_session->client(), *m_store, std::move(controlPlaneIds));
}

} // namespace kd::compare
