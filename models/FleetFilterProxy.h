#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

namespace kd {

// The filter of every pane: each word of the text must appear in some column (labels match
// as key:value), and sorting uses the source's raw values, not the display text.
//
// Built for tables of 60,000 rows: each row's lower-cased text and sort key are cached and
// kept in step with the source row by row, filled in idle time after a change, and a sort
// rank makes re-sorting cheap. Past `bulkRows` rows a new filter is applied with one layout
// change instead of thousands of scattered row removals, and a filter that only narrows the
// last one looks only at the rows that matched it.
class FleetFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);

    static constexpr int bulkRows = 5000;

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(int sourceRow, const QModelIndex &sourceParent) const;
    const QString &rowText(int row) const; // top-level rows
    QString treeText(int row, const QModelIndex &parent) const;
    const QVariant &sortKey(int row) const; // top-level rows, sort column
    void buildRank() const;
    void forgetRows(int first, int count);
    void forgetAll();
    void warmUp();

    QStringList m_words;
    mutable QList<QString> m_rowText; // null: not built yet
    mutable QList<QVariant> m_keys;   // invalid: not built yet
    mutable QList<int> m_rank;        // empty: out of date
    mutable QHash<QPersistentModelIndex, QString> m_treeText;
    // While a narrowing filter is applied: which top-level rows the previous one accepted.
    QList<bool> m_accepted;
    bool m_useAccepted = false;
    QTimer m_warmUp;
    int m_treeWarmed = 0; // top-level subtrees whose rows have their text
};

} // namespace kd
