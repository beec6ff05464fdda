#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kd::sim {

// Entities keyed by "id", listed in creation order (Konnect pages are stable).
class EntityTable final {
public:
    // Adds at the end, or replaces in place keeping the position.
    void insert(const QJsonObject &entity);
    // Mutable access drops the cached serialization of that entity.
    QJsonObject *find(const QString &id);
    const QJsonObject *find(const QString &id) const;
    bool contains(const QString &id) const { return m_items.contains(id); }
    bool remove(const QString &id);
    qsizetype size() const { return m_order.size(); }
    const QList<QString> &ids() const { return m_order; }
    QList<QJsonObject> values() const;
    // Compact JSON of the entity, cached until it changes: list pages are built from these.
    QByteArray json(const QString &id) const;

    template <typename Predicate>
    const QJsonObject *findIf(Predicate predicate) const {
        for (const QString &id : m_order) {
            const QJsonObject &entity = m_items.find(id).value();
            if (predicate(entity))
                return &entity;
        }
        return nullptr;
    }

private:
    QHash<QString, QJsonObject> m_items;
    QList<QString> m_order;
    mutable QHash<QString, QByteArray> m_json;
};

} // namespace kd::sim
