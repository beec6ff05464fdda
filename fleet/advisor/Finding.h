#pragma once

#include "client/Types.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace kd::advisor {

enum class Severity { Info, Warning, Error };
enum class EntityKind { ControlPlane, DataPlaneGroup, Cache, Plugin, Partial, Network };

// Something a finding names, with enough to jump to it.
struct EntityRef {
    EntityKind kind = EntityKind::ControlPlane;
    QString id;
    QString controlPlaneId;
    QString label;
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

// What a finding offers: a jump to the entity that needs the change, or a simple write the
// app can do itself after the user has reviewed it.
enum class FixKind { Show, LinkManagedPartial, UpgradeCacheTier };

struct FixAction {
    FixKind kind = FixKind::Show;
    QString label;
    EntityRef target;
    QString partialId;                   // LinkManagedPartial: the konnect-managed partial
    CacheTier tier = CacheTier::Unknown; // UpgradeCacheTier: the next tier
    friend bool operator==(const FixAction &, const FixAction &) = default;
};

struct Finding {
    QString ruleId;
    Severity severity = Severity::Warning;
    QString why; // one line, translated
    QList<EntityRef> entities;
    FixAction fix;
    // Stable across evaluations: the rule and what it names (a mute is kept under it).
    QString key() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

QString severityName(Severity severity);
// The title of a rule, translated ("Google Cloud group not served by the managed cache").
QString ruleTitle(const QString &ruleId);
// Every rule id, in the order the pane lists them.
const QStringList &ruleIds();

} // namespace kd::advisor

Q_DECLARE_METATYPE(kd::advisor::Finding)
