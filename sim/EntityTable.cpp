#include "sim/EntityTable.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kd::sim {

void EntityTable::insert(const QJsonObject &entity) {
    const QString id = entity.value(u"id"_s).toString();
    if (!m_items.contains(id))
        m_order.append(id);
    m_items.insert(id, entity);
    m_json.remove(id);
}

QJsonObject *EntityTable::find(const QString &id) {
    m_json.remove(id);
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : &it.value();
}

const QJsonObject *EntityTable::find(const QString &id) const {
    auto it = m_items.constFind(id);
    return it == m_items.cend() ? nullptr : &it.value();
}

bool EntityTable::remove(const QString &id) {
    if (!m_items.remove(id))
        return false;
    m_json.remove(id);
    m_order.removeOne(id);
    return true;
}

QByteArray EntityTable::json(const QString &id) const {
    auto cached = m_json.constFind(id);
    if (cached != m_json.cend())
        return cached.value();
    QByteArray bytes = QJsonDocument(m_items.value(id)).toJson(QJsonDocument::Compact);
    m_json.insert(id, bytes);
    return bytes;
}

QList<QJsonObject> EntityTable::values() const {
    QList<QJsonObject> result;
    result.reserve(m_order.size());
    for (const QString &id : m_order)
        result.append(m_items.value(id));
    return result;
}

} // namespace kd::sim
