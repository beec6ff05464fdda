#include "models/KeyedRowModel.h"

#include <algorithm>

namespace kd {

int KeyedRowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QModelIndex KeyedRowModel::indexOfId(const QString &id, int column) const {
    const auto row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), column);
}

void KeyedRowModel::resetIds(const QStringList &ids) {
    m_ids = ids; // construction only: no view is attached yet
}

void KeyedRowModel::onAdded(const QStringList &ids) {
    if (ids.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(ids.size()) - 1);
    m_ids.append(ids);
    endInsertRows();
}

void KeyedRowModel::onChanged(const QStringList &ids) {
    // One dataChanged per contiguous run of changed rows.
    QList<int> rows;
    for (const QString &id : ids) {
        const auto row = m_ids.indexOf(id);
        if (row >= 0)
            rows.append(static_cast<int>(row));
    }
    std::sort(rows.begin(), rows.end());
    const int lastColumn = columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void KeyedRowModel::onRemoved(const QStringList &ids) {
    for (const QString &id : ids) {
        const auto row = m_ids.indexOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
        m_ids.removeAt(row);
        endRemoveRows();
    }
}

} // namespace kd
