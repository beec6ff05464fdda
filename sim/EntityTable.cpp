#include "sim/EntityTable.h"

using namespace Qt::StringLiterals;

namespace kd::sim {

void EntityTable::insert(const QJsonObject &entity)
{
    const QString id = entity.value(u"id"_s).toString();
    if (!m_items.contains(id))
        m_order.append(id);
    m_items.insert(id, entity);
}

QJsonObject *EntityTable::find(const QString &id)
{
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : &it.value();
}

const QJsonObject *EntityTable::find(const QString &id) const
{
    auto it = m_items.constFind(id);
    return it == m_items.cend() ? nullptr : &it.value();
}

bool EntityTable::remove(const QString &id)
{
    if (!m_items.remove(id))
        return false;
    m_order.removeOne(id);
    return true;
}

QList<QJsonObject> EntityTable::values() const
{
    QList<QJsonObject> result;
    result.reserve(m_order.size());
    for (const QString &id : m_order)
        result.append(m_items.value(id));
    return result;
}

} // namespace kd::sim
