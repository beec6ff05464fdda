#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

// What two environments may spell differently without meaning anything different: schema
// defaults, nulls, number types and the order of set-typed arrays.
namespace kd::compare {

// A value with nulls dropped, fields equal to the schema's default dropped, records left
// empty dropped, whole numbers as integers and set-typed arrays sorted. `schema` is the JSON
// schema node of `value` (empty: nothing is a default); `key` names the field for set rules.
QVariant normalise(const QVariant &value, const QVariantMap &schema, const QString &key = {});
// Only nulls, number types and set order (no defaults): for what has no schema.
QVariant canonical(const QVariant &value, const QString &key = {});
// Fields whose arrays are sets in Kong's schemas ([INFER] the JSON schemas do not mark sets).
bool isSetTyped(const QString &key);
// Sorted by the canonical text of each element.
QVariantList sortedSet(QVariantList items);
// Equal once both are canonical.
bool sameValue(const QVariant &a, const QVariant &b);
// Removes a dotted path (["redis"] of "config.redis" under a plugin's config) and the records
// it leaves empty.
void removePath(QVariantMap &map, const QStringList &path);
// One line of text for a value, as a diff shows it.
QString displayValue(const QVariant &value);

} // namespace kd::compare
