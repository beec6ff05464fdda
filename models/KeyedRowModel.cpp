#include "models/KeyedRowModel.h"

#include <QSet>

#include <algorithm>

namespace kd {

QModelIndex KeyedRowModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= m_ids.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

int KeyedRowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int KeyedRowModel::rowOf(const QString &id) const {
    return m_rowOf.value(id, -1);
}

QModelIndex KeyedRowModel::indexOfId(const QString &id, int column) const {
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void KeyedRowModel::resetIds(const QStringList &ids) {
    m_ids = ids; // construction only: no view is attached yet
    reindex(0);
}

void KeyedRowModel::reindex(qsizetype from) {
    if (from == 0)
        m_rowOf.clear();
    for (qsizetype row = from; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), static_cast<int>(row));
}

void KeyedRowModel::onAdded(const QStringList &ids) {
    if (ids.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(ids.size()) - 1);
    m_ids.append(ids);
    reindex(first);
    endInsertRows();
}

namespace {
// Sorted rows as runs of consecutive rows: [first, last] pairs.
QList<std::pair<int, int>> runsOf(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}
} // namespace

QList<int> KeyedRowModel::rowsOf(const QStringList &ids) const {
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    return rows;
}

void KeyedRowModel::onChanged(const QStringList &ids) {
    // One dataChanged per contiguous run of changed rows; past a few runs one signal over the
    // whole span is far cheaper for proxies and views than hundreds of small ones.
    constexpr qsizetype maxRuns = 16;
    const int lastColumn = columnCount() - 1;
    const auto runs = runsOf(rowsOf(ids));
    if (runs.size() > maxRuns) {
        Q_EMIT dataChanged(index(runs.first().first, 0), index(runs.last().second, lastColumn));
        return;
    }
    for (const auto &[first, last] : runs)
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
}

void KeyedRowModel::onRemoved(const QStringList &ids) {
    const auto runs = runsOf(rowsOf(ids));
    if (runs.isEmpty())
        return;
    // Last run first, so that earlier rows keep their numbers.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_ids.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    for (const QString &id : ids)
        m_rowOf.remove(id);
    reindex(runs.first().first);
}

} // namespace kd
