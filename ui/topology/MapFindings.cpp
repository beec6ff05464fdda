#include "ui/topology/MapFindings.h"

#include "ui/topology/CacheItem.h"
#include "ui/topology/FindingMark.h"
#include "ui/topology/GroupItem.h"
#include "ui/topology/PlaneItem.h"
#include "ui/topology/RegionItem.h"
#include "ui/topology/SiteItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace kd::mapfindings {

namespace {
struct MapFindingsTr {
    Q_DECLARE_TR_FUNCTIONS(kd::TopologyPane)
};
} // namespace

Marks marks(const QList<advisor::Finding> &findings) {
    Marks result;
    for (const advisor::Finding &finding : findings) {
        // A finding counts once on each thing (its plugins name their plane each).
        QVarLengthArray<std::pair<const void *, QString>, 4> done;
        for (const advisor::EntityRef &entity : finding.entities) {
            QHash<QString, FindingMark> *target = nullptr;
            QString id = entity.id;
            switch (entity.kind) {
            case advisor::EntityKind::ControlPlane:
                target = &result.planes;
                break;
            case advisor::EntityKind::DataPlaneGroup:
                target = &result.groups;
                break;
            case advisor::EntityKind::Cache:
                target = &result.caches;
                break;
            case advisor::EntityKind::Plugin:
            case advisor::EntityKind::Partial:
                target = &result.planes;
                id = entity.controlPlaneId;
                break;
            case advisor::EntityKind::Network:
                break;
            }
            if (!target || id.isEmpty())
                continue;
            const std::pair<const void *, QString> at{target, id};
            if (std::find(done.cbegin(), done.cend(), at) != done.cend())
                continue;
            done.append(at);
            (*target)[id].add(finding);
        }
    }
    return result;
}

void mark(ClusterItem *cluster, const Marks &marks) {
    FindingMark all;
    if (auto *region = qgraphicsitem_cast<RegionItem *>(cluster)) {
        for (GroupItem *group : region->groups()) {
            group->setFindingMark(marks.groups.value(group->id()));
            all.add(group->findingMark());
        }
        for (CacheItem *cache : region->caches()) {
            cache->setFindingMark(marks.caches.value(cache->ownerId()));
            all.add(cache->findingMark());
        }
    } else if (auto *site = qgraphicsitem_cast<SiteItem *>(cluster)) {
        for (PlaneItem *plane : site->planes()) {
            plane->setFindingMark(marks.planes.value(plane->id()));
            all.add(plane->findingMark());
        }
    }
    cluster->setFindingMark(all);
}

Summary summary(const QList<advisor::Finding> &findings) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const advisor::Finding &finding : findings) {
        errors += finding.severity == advisor::Severity::Error ? 1 : 0;
        warnings += finding.severity == advisor::Severity::Warning ? 1 : 0;
        infos += finding.severity == advisor::Severity::Info ? 1 : 0;
    }
    QStringList parts;
    QStringList plain;
    const auto part = [&](int count, advisor::Severity severity, const QString &text) {
        if (count == 0)
            return;
        parts.append(u"<span style='color:%1'>\u25CF</span>&nbsp;%2"_s.arg(
            findingmark::colour(severity).name(), text.toHtmlEscaped()));
        plain.append(text);
    };
    part(errors, advisor::Severity::Error, MapFindingsTr::tr("%n errors", nullptr, errors));
    part(warnings, advisor::Severity::Warning, MapFindingsTr::tr("%n warnings", nullptr, warnings));
    part(infos, advisor::Severity::Info, MapFindingsTr::tr("%n notes", nullptr, infos));
    if (parts.isEmpty())
        return {};
    return {u"<b>"_s + MapFindingsTr::tr("Advisor").toHtmlEscaped() + u"</b>&nbsp; "_s
                + parts.join(u" &middot; "_s),
            MapFindingsTr::tr("Advisor: %1").arg(plain.join(u", "_s))};
}

} // namespace kd::mapfindings
