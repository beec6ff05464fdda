#include "HeadlessAdvise.h"

#include "fleet/FleetStore.h"
#include "fleet/NodeVersions.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/MuteStore.h"
#include "fleet/advisor/Rules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "Headless.h"
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
using advisor::EntityKind;
using advisor::Finding;
using advisor::FixKind;
using advisor::Severity;

// Stable names for scripts: never translated.
QString severityId(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

QString kindId(EntityKind kind) {
    switch (kind) {
    case EntityKind::ControlPlane:
        return u"control_plane"_s;
    case EntityKind::DataPlaneGroup:
        return u"data_plane_group"_s;
    case EntityKind::Cache:
        return u"managed_cache"_s;
    case EntityKind::Plugin:
        return u"plugin"_s;
    case EntityKind::Partial:
        return u"partial"_s;
    case EntityKind::Network:
        break;
    }
    return u"network"_s;
}

QString fixId(FixKind kind) {
    switch (kind) {
    case FixKind::LinkManagedPartial:
        return u"link-managed-partial"_s;
    case FixKind::UpgradeCacheTier:
        return u"upgrade-cache-tier"_s;
    case FixKind::Show:
        break;
    }
    return u"show"_s;
}

// Errors first, then by the order the rules are listed in.
bool advisedFirst(const Finding &a, const Finding &b) {
    if (a.severity != b.severity)
        return a.severity > b.severity;
    return advisor::ruleIds().indexOf(a.ruleId) < advisor::ruleIds().indexOf(b.ruleId);
}
} // namespace

HeadlessAdvise::HeadlessAdvise(Session *session, FleetStore *store, SyncEngine *sync,
                               NodeVersions *nodes, Request request, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_sync(sync)
    , m_nodes(nodes)
    , m_request(std::move(request)) {
}

void HeadlessAdvise::start() {
    m_timer.start();
    headless::signInAndSync(this, m_session, m_sync, m_request.json, 2,
                            [this](bool allSucceeded) { synced(allSucceeded); });
}

void HeadlessAdvise::synced(bool allSucceeded) {
    m_syncedAt = static_cast<double>(m_timer.elapsed()) / 1000.0;
    if (!allSucceeded) {
        headless::printFailure(m_request.json, u"sync"_s,
                               tr("Konnect could not be read completely, so the advice would be "
                                  "incomplete. Run again, or check the failing geo with --sync."),
                               2);
        QCoreApplication::exit(2);
        return;
    }
    for (const QString &spec : std::as_const(m_request.controlPlanes)) {
        QString error;
        const QString id = headless::resolveControlPlane(*m_store, spec, &error);
        if (id.isEmpty()) {
            headless::printFailure(m_request.json, u"usage"_s, error, 2);
            QCoreApplication::exit(2);
            return;
        }
        m_only.insert(id);
    }
    // The nodes' versions: read after the sync (NodeVersions starts on syncFinished too).
    m_nodes->readDue();
    if (m_nodes->reading())
        connect(m_nodes, &NodeVersions::roundFinished, this, &HeadlessAdvise::report,
                Qt::SingleShotConnection);
    else
        report();
}

QString HeadlessAdvise::nameOf(const advisor::EntityRef &entity) const {
    const ControlPlane *plane =
        entity.controlPlaneId.isEmpty() ? nullptr : m_store->controlPlane(entity.controlPlaneId);
    if (!plane)
        return entity.label;
    QString planeName = geoId(plane->geo) + u'/' + plane->name;
    if (entity.kind == EntityKind::ControlPlane)
        return planeName;
    return entity.label + u" ("_s + planeName + u')';
}

QJsonObject HeadlessAdvise::jsonOf(const Finding &finding, const QString &muteNote) const {
    QJsonArray entities;
    for (const advisor::EntityRef &entity : finding.entities) {
        QJsonObject e{{u"kind"_s, kindId(entity.kind)},
                      {u"id"_s, entity.id},
                      {u"name"_s, nameOf(entity)},
                      {u"label"_s, entity.label}};
        if (!entity.controlPlaneId.isEmpty())
            e.insert(u"control_plane_id"_s, entity.controlPlaneId);
        entities.append(e);
    }
    QJsonObject fix{{u"kind"_s, fixId(finding.fix.kind)},
                    {u"label"_s, finding.fix.label},
                    {u"target"_s, QJsonObject{{u"kind"_s, kindId(finding.fix.target.kind)},
                                              {u"id"_s, finding.fix.target.id},
                                              {u"name"_s, nameOf(finding.fix.target)}}}};
    if (finding.fix.kind == FixKind::LinkManagedPartial)
        fix.insert(u"partial_id"_s, finding.fix.partialId);
    if (finding.fix.kind == FixKind::UpgradeCacheTier)
        fix.insert(u"tier"_s, cacheTierId(finding.fix.tier));
    QJsonObject out{{u"rule"_s, finding.ruleId},
                    {u"severity"_s, severityId(finding.severity)},
                    {u"title"_s, advisor::ruleTitle(finding.ruleId)},
                    {u"why"_s, finding.why},
                    {u"key"_s, finding.key()},
                    {u"entities"_s, entities},
                    {u"fix"_s, fix},
                    {u"muted"_s, !muteNote.isNull()}};
    if (!muteNote.isNull())
        out.insert(u"mute_reason"_s, muteNote);
    return out;
}

void HeadlessAdvise::report() {
    const double nodesReadAt = static_cast<double>(m_timer.elapsed()) / 1000.0;
    // Everything at once: the Advisor's slices are for the GUI thread, the rules are the same.
    QList<Finding> findings = advisor::evaluateAll(*m_store, {});
    if (!m_only.isEmpty())
        findings.removeIf([this](const Finding &finding) {
            return std::none_of(finding.entities.cbegin(), finding.entities.cend(),
                                [this](const advisor::EntityRef &entity) {
                                    return m_only.contains(entity.controlPlaneId);
                                });
        });
    std::stable_sort(findings.begin(), findings.end(), advisedFirst);

    const advisor::MuteStore mutes(m_session->profile().name);
    QList<Finding> open;
    QList<Finding> muted;
    int counts[3] = {0, 0, 0}; // by Severity, unmuted only
    for (const Finding &finding : std::as_const(findings)) {
        if (mutes.isMuted(finding.key())) {
            muted.append(finding);
        } else {
            open.append(finding);
            ++counts[static_cast<int>(finding.severity)];
        }
    }
    const int errors = counts[static_cast<int>(Severity::Error)];
    const int exitCode = errors > 0 ? 1 : 0;
    // Planes whose nodes could not be read: the version rules did not see them.
    QStringList unread;
    for (auto it = m_nodes->failures().cbegin(); it != m_nodes->failures().cend(); ++it) {
        const advisor::EntityRef plane{EntityKind::ControlPlane, it.key(), it.key(), it.key()};
        unread.append(nameOf(plane) + u": "_s + it.value());
    }
    unread.sort();

    if (m_request.json) {
        QJsonArray list;
        for (const Finding &finding : std::as_const(open))
            list.append(jsonOf(finding, {}));
        for (const Finding &finding : std::as_const(muted))
            list.append(jsonOf(finding, mutes.note(finding.key())));
        QJsonObject out{
            {u"ok"_s, true},
            {u"exit_code"_s, exitCode},
            {u"organization"_s, m_session->organization().name},
            {u"counts"_s, QJsonObject{{u"error"_s, errors},
                                      {u"warning"_s, counts[static_cast<int>(Severity::Warning)]},
                                      {u"info"_s, counts[static_cast<int>(Severity::Info)]},
                                      {u"muted"_s, static_cast<int>(muted.size())}}},
            {u"findings"_s, list}};
        if (!unread.isEmpty())
            out.insert(u"nodes_unread"_s, QJsonArray::fromStringList(unread));
        // Where the time went (seconds since the start): the sync, the nodes, the rules.
        out.insert(u"requests"_s,
                   static_cast<qint64>(m_session->transport().callLog().totalCalls()));
        out.insert(u"node_reads"_s, m_nodes->readsDone());
        out.insert(u"synced_after"_s, m_syncedAt);
        out.insert(u"nodes_read_after"_s, nodesReadAt);
        out.insert(u"seconds"_s, static_cast<double>(m_timer.elapsed()) / 1000.0);
        headless::printJson(out);
        QCoreApplication::exit(exitCode);
        return;
    }

    std::printf("%s\n", qPrintable(m_session->identityText()));
    const QStringList summary{
        tr("%n errors", nullptr, errors),
        tr("%n warnings", nullptr, counts[static_cast<int>(Severity::Warning)]),
        tr("%n for information", nullptr, counts[static_cast<int>(Severity::Info)]),
        tr("%n muted", nullptr, static_cast<int>(muted.size()))};
    std::printf("%s\n", qPrintable(summary.join(u", "_s)));
    const auto line = [this](const Finding &finding) {
        QStringList names;
        for (const advisor::EntityRef &entity : finding.entities)
            names.append(nameOf(entity));
        return u"  %1 [%2] %3 — %4 → %5"_s.arg(finding.ruleId, severityId(finding.severity),
                                               finding.why, names.join(u"; "_s), finding.fix.label);
    };
    std::optional<Severity> heading;
    for (const Finding &finding : std::as_const(open)) {
        if (heading != finding.severity) {
            heading = finding.severity;
            std::printf("%s\n", qPrintable(advisor::severityName(finding.severity)));
        }
        std::printf("%s\n", qPrintable(line(finding)));
    }
    if (!muted.isEmpty()) {
        std::printf("%s\n", qPrintable(tr("Muted")));
        for (const Finding &finding : std::as_const(muted))
            std::printf("%s\n",
                        qPrintable(line(finding) + u"  ("_s
                                   + tr("muted: %1").arg(mutes.note(finding.key())) + u')'));
    }
    for (const QString &failure : std::as_const(unread))
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Nodes not read, their versions not compared: %1").arg(failure)));
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

} // namespace kd
