#include "fleet/compare/Diff.h"

#include "fleet/compare/Normalise.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
void compareValues(const QString &path, const QVariant &left, const QVariant &right,
                   QList<FieldDifference> &out) {
    // A record absent on one side is compared field by field, so each path is named.
    const bool leftMap = left.typeId() == QMetaType::QVariantMap
                         || (!left.isValid() && right.typeId() == QMetaType::QVariantMap);
    const bool rightMap = right.typeId() == QMetaType::QVariantMap || (!right.isValid() && leftMap);
    if (leftMap && rightMap) {
        const QVariantMap a = left.toMap();
        const QVariantMap b = right.toMap();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : keys)
            compareValues(path.isEmpty() ? key : path + u'.' + key, a.value(key), b.value(key),
                          out);
        return;
    }
    if (left.isValid() == right.isValid() && sameValue(left, right))
        return;
    out.append({path, left, right});
}

bool onBothSides(const QString &kind, bool cloudSide) {
    return cloudSide || kind == u"partial"_s || kind == u"plugin"_s;
}
} // namespace

QString changeName(Change change) {
    switch (change) {
    case Change::Create:
        return u"creating"_s;
    case Change::Delete:
        return u"deleting"_s;
    case Change::Update:
        break;
    }
    return u"updating"_s;
}

QList<EntityDifference> diff(const PlaneDocument &left, const PlaneDocument &right) {
    const bool cloudSide = left.cloudSide && right.cloudSide;
    QList<EntityDifference> out;
    for (const Entity &a : left.entities) {
        if (!onBothSides(a.kind, cloudSide))
            continue;
        const Entity *b = right.find(a.kind, a.key);
        EntityDifference difference{a.kind, a.key, a.label, Change::Update, {}, a.id, {}};
        if (!b) {
            difference.change = Change::Delete;
            compareValues({}, a.fields, QVariantMap(), difference.fields);
        } else {
            difference.rightId = b->id;
            compareValues({}, a.fields, b->fields, difference.fields);
            if (difference.fields.isEmpty())
                continue;
        }
        out.append(difference);
    }
    for (const Entity &b : right.entities) {
        if (!onBothSides(b.kind, cloudSide) || left.find(b.kind, b.key))
            continue;
        EntityDifference difference{b.kind, b.key, b.label, Change::Create, {}, {}, b.id};
        compareValues({}, QVariantMap(), b.fields, difference.fields);
        out.append(difference);
    }
    std::sort(out.begin(), out.end(), [](const EntityDifference &x, const EntityDifference &y) {
        return std::pair(x.kind, x.key) < std::pair(y.kind, y.key);
    });
    return out;
}

} // namespace kd::compare
