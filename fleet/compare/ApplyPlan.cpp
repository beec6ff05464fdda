#include "fleet/compare/ApplyPlan.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
struct ApplyPlanTr {
    Q_DECLARE_TR_FUNCTIONS(kd::compare::ApplyPlan)
};

QString corePath(const QString &controlPlaneId, const QString &rest) {
    return u"/v2/control-planes/%1/core-entities/%2"_s.arg(controlPlaneId, rest);
}

PlannedRequest plannedRequest(const QByteArray &method, Geo geo, const QString &path,
                              const QVariantMap &body, const QString &entity) {
    ApiRequest request;
    request.method = method;
    request.geo = geo;
    request.path = path;
    request.priority = Priority::User;
    if (!body.isEmpty())
        request.body = QJsonDocument::fromVariant(body).toJson(QJsonDocument::Compact);
    request.what = ApplyPlanTr::tr("apply %1").arg(entity);
    return {request, entity};
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
                          const PlaneDocument &target, const QList<EntityDifference> &differences) {
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
                plan.requests.append(plannedRequest(
                    "DELETE", geo, corePath(cp, u"partials/"_s + d.leftId), {}, d.label));
                continue;
            }
            QVariantMap body{{u"name"_s, d.key},
                             {u"type"_s, from->fields.value(u"type"_s)},
                             {u"tags"_s, from->fields.value(u"tags"_s, QVariantList())},
                             {u"config"_s, from->fields.value(u"config"_s, QVariantMap())}};
            if (d.change == Change::Create)
                plan.requests.append(
                    plannedRequest("POST", geo, corePath(cp, u"partials"_s), body, d.label));
            else
                plan.requests.append(plannedRequest(
                    "PUT", geo, corePath(cp, u"partials/"_s + d.leftId), body, d.label));
            continue;
        }
        if (d.kind == u"plugin"_s) {
            const QStringList key = d.key.split(u'|');
            if (key.value(1) != u"global"_s) {
                plan.skipped.append(
                    ApplyPlanTr::tr("%1: applies to a %2, which the compare does not match "
                                    "between environments; change it in the Plugins pane.")
                        .arg(d.label, key.value(1)));
                continue;
            }
            if (d.change == Change::Delete) {
                plan.requests.append(plannedRequest(
                    "DELETE", geo, corePath(cp, u"plugins/"_s + d.leftId), {}, d.label));
                continue;
            }
            QVariantMap body{{u"name"_s, key.value(0)},
                             {u"enabled"_s, from->fields.value(u"enabled"_s, true)},
                             {u"config"_s, from->fields.value(u"config"_s, QVariantMap())}};
            if (!key.value(2).isEmpty())
                body.insert(u"instance_name"_s, key.value(2));
            for (const QString &field : {u"protocols"_s, u"tags"_s}) {
                if (from->fields.contains(field))
                    body.insert(field, from->fields.value(field));
            }
            QVariantList links;
            bool linked = true;
            for (const QVariant &link : from->fields.value(u"partials"_s).toList()) {
                const QString name = link.toMap().value(u"name"_s).toString();
                // A partial created by this plan gets its id only when it is sent: by name.
                const bool planned = source.find(u"partial"_s, name) && !partials.contains(name);
                if (!partials.contains(name) && !planned) {
                    plan.skipped.append(
                        ApplyPlanTr::tr("%1: links the partial %2, which %3 does not have.")
                            .arg(d.label, name, target.title));
                    linked = false;
                    break;
                }
                QVariantMap out{{u"name"_s, planned ? name : partials.value(name).second},
                                {u"path"_s, link.toMap().value(u"path"_s)}};
                if (!planned)
                    out.insert(u"id"_s, partials.value(name).first);
                links.append(out);
            }
            if (!linked)
                continue;
            if (!links.isEmpty())
                body.insert(u"partials"_s, links);
            if (d.change == Change::Create)
                plan.requests.append(
                    plannedRequest("POST", geo, corePath(cp, u"plugins"_s), body, d.label));
            else
                plan.requests.append(plannedRequest(
                    "PUT", geo, corePath(cp, u"plugins/"_s + d.leftId), body, d.label));
            continue;
        }
        if (d.kind == u"control_plane"_s && from) {
            QVariantMap patch;
            for (const FieldDifference &field : d.fields) {
                const QString top = field.path.section(u'.', 0, 0);
                if (top == u"description"_s)
                    patch.insert(top, from->fields.value(top, QString()));
                else if (top == u"labels"_s) {
                    // Konnect's PATCH merges labels: a label only the target has is removed
                    // by sending it as null.
                    QVariantMap labels = from->fields.value(top).toMap();
                    const Entity *current = target.find(d.kind, d.key);
                    const QVariantMap old =
                        current ? current->fields.value(top).toMap() : QVariantMap();
                    for (auto it = old.cbegin(); it != old.cend(); ++it) {
                        if (!labels.contains(it.key()))
                            labels.insert(it.key(), QVariant::fromValue(nullptr));
                    }
                    patch.insert(top, labels);
                } else
                    plan.skipped.append(
                        ApplyPlanTr::tr("%1: %2 cannot be changed on an existing control plane.")
                            .arg(d.label, field.path));
            }
            if (!patch.isEmpty())
                plan.requests.append(
                    plannedRequest("PATCH", geo, u"/v2/control-planes/"_s + cp, patch, d.label));
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
    bool refreshed = false;
    for (const PlannedRequest &planned : requests) {
        ApiRequest request = planned.request;
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QJsonArray links = body.value(u"partials"_s).toArray();
        const bool pending = std::any_of(links.begin(), links.end(), [](const QJsonValue &link) {
            return !link.toObject().contains(u"id"_s);
        });
        if (pending) {
            // The partials this plan created exist now: read them to learn their ids.
            if (!std::exchange(refreshed, true)) {
                const Status read = co_await m_actions->refreshCoreEntities(targetControlPlaneId);
                if (!read) {
                    failure = read.error();
                    break;
                }
            }
            for (QJsonValueRef link : links) {
                QJsonObject object = link.toObject();
                for (const QString &id : m_store->partialsOf(targetControlPlaneId)) {
                    if (m_store->partial(id)->name == object.value(u"name"_s).toString())
                        object.insert(u"id"_s, id);
                }
                link = object;
            }
            body.insert(u"partials"_s, links);
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        auto reply = co_await m_session->transport().send(request);
        if (!reply) {
            failure = reply.error();
            break;
        }
        ++sent;
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
