#pragma once

#include "client/TurnBudget.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <utility>
#include <vector>

namespace kd {

// The filter of every pane: each word of the text must appear in some column (labels match
// as key:value), and sorting uses the source's raw values, not the display text.
//
// Built for tables of 60,000 rows: each row's lower-cased text and sort key are cached and
// kept in step with the source row by row, filled a slice at a time after a change, and a sort
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
    void ensureRank() const; // merges appended rows into the order, or builds it
    void rankFromOrder() const;
    void forgetRank() const;
    void forgetRows(int first, int count);
    void forgetAll();
    void forgetTree();
    void warmUp();
    void scheduleWarmUp();

    QStringList m_words;
    mutable QList<QString> m_rowText;  // null: not built yet
    mutable QList<QVariant> m_keys;    // invalid: not built yet
    mutable QList<int> m_rank;         // row -> place in the order; empty: out of date
    mutable std::vector<int> m_sorted; // rows 0..size-1 in key order; empty: out of date
    // Rows below the top level, by source index: cleared on every change below the top, so no
    // persistent index (which would make every insertion in the source walk them all).
    mutable QHash<QModelIndex, QString> m_treeText;
    // While a narrowing filter is applied: which top-level rows the previous one accepted.
    QList<bool> m_accepted;
    bool m_useAccepted = false;
    bool m_flat = false; // the source is a table or a list: no row has a parent
    QTimer m_warmUp;     // waits for the source to settle
    TurnTask m_warmTurn{[this] { warmUp(); }}; // then a slice per turn
    mutable QElapsedTimer m_lastFullRank;
    // Where the idle walk over a tree's rows stands: (parent, next row) from the top down.
    std::vector<std::pair<QModelIndex, int>> m_treeWalk;
    bool m_treeWarm = false; // every row below the top level has its text
};

} // namespace kd
