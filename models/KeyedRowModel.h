#pragma once

#include "fleet/ShardedHash.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace kd {

// A table whose rows are store entities keyed by id. Subclasses render rows; this keeps
// the row list in step with the store's added / changed / removed batches without resets.
class KeyedRowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    // A sorting proxy asks for two indexes per comparison (a million on 60,000 rows): this
    // one checks the bounds itself instead of through two more virtual calls.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    QModelIndex indexOfId(const QString &id, int column = 0) const;
    int rowOf(const QString &id) const; // -1 when absent

protected:
    void resetIds(const QStringList &ids);
    void onAdded(const QStringList &ids);
    void onChanged(const QStringList &ids);
    void onRemoved(const QStringList &ids);

private:
    QList<int> rowsOf(const QStringList &ids) const;
    void reindex(qsizetype from);

    QStringList m_ids; // row order
    // id -> row; sharded: a growth past 32,768 rows rehashed all of them in one go (8-10 ms)
    ShardedHash<QString, int> m_rowOf;
};

} // namespace kd
