#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace kd {

// A table whose rows are store entities keyed by id. Subclasses render rows; this keeps
// the row list in step with the store's added / changed / removed batches without resets.
class KeyedRowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    QModelIndex indexOfId(const QString &id, int column = 0) const;

protected:
    void resetIds(const QStringList &ids);
    void onAdded(const QStringList &ids);
    void onChanged(const QStringList &ids);
    void onRemoved(const QStringList &ids);

private:
    QStringList m_ids; // row order
};

} // namespace kd
