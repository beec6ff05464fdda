#pragma once

#include "fleet/compare/PlaneDocument.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace kd::compare {

// One field that differs; an invalid QVariant is "absent on that side".
struct FieldDifference {
    QString path; // "config.limit"
    QVariant left;
    QVariant right;
};

// Making the left side look like the right one: an entity only on the right is created, one
// only on the left deleted, one on both updated.
enum class Change { Create, Update, Delete };

struct EntityDifference {
    QString kind;
    QString key;
    QString label;
    Change change = Change::Update;
    QList<FieldDifference> fields; // every field of a created or deleted entity
    QString leftId;
    QString rightId;
};

// Only what differs, in kind and key order. When one side is a decK file, only the kinds a
// decK file holds are compared.
QList<EntityDifference> diff(const PlaneDocument &left, const PlaneDocument &right);
QString changeName(Change change); // creating | updating | deleting

} // namespace kd::compare
