#include "models/FleetFilterProxy.h"

#include "models/ControlPlaneModel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace kd {

namespace {
constexpr qint64 warmUpSliceNs = 4'000'000; // per turn of the event loop
// Warming up starts this long after a change, and goes on while the source keeps changing
// (a sync changes it for seconds; the user may type the moment it ends).
constexpr std::chrono::milliseconds warmUpDelay{20};
constexpr std::chrono::milliseconds fullRankEvery{1000};

// Every old word is still contained in some new word, and nothing else changed: what did
// not match before cannot match now.
bool narrows(const QStringList &before, const QStringList &after) {
    if (before.isEmpty() || after.size() < before.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!after.at(i).contains(before.at(i)))
            return false;
    }
    return true;
}

int compareKeys(const QVariant &a, const QVariant &b) {
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return -1;
    return order == QPartialOrdering::Greater ? 1 : 0;
}
} // namespace

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ControlPlaneModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    m_warmUp.setSingleShot(true);
    m_warmUp.setInterval(warmUpDelay);
    // The slices run in the turns the sync's store slices share: a turn holds both.
    connect(&m_warmUp, &QTimer::timeout, this, [this] { m_warmTurn.schedule(); });
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] {
        m_keys.fill(QVariant());
        forgetRank();
    });
}

void FleetFilterProxy::setFilterText(const QString &text) {
    const QStringList words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    QAbstractItemModel *model = sourceModel();
    const int rows = model ? model->rowCount() : 0;
    if (rows < bulkRows) {
        m_words = words;
        invalidateRowsFilter();
        return;
    }
    // Large: decide every top-level row here, then rebuild the mapping in one go.
    QList<bool> accepted(rows, true);
    const bool narrowing = narrows(m_words, words);
    m_words = words;
    if (!m_words.isEmpty()) {
        for (int row = 0; row < rows; ++row) {
            if (narrowing && row < m_accepted.size() && !m_accepted.at(row))
                accepted[row] = false;
            else
                accepted[row] = matches(row, {});
        }
    }
    m_accepted = std::move(accepted);
    if (m_rank.size() != rows && sortColumn() >= 0)
        ensureRank();
    m_useAccepted = true;
    invalidate();
    m_useAccepted = false;
}

void FleetFilterProxy::setSourceModel(QAbstractItemModel *model) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetAll();
    // Connected before the base class connects its own handlers, so that the caches are
    // current when it filters and sorts the rows that changed.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    forgetTree(); // its walk and keys may point at moved rows
                    if (!parent.isValid()) {
                        const int count = last - first + 1;
                        // Rows added at the end (a sync) are merged into the sorted order
                        // later; anywhere else they move rows, and it is rebuilt.
                        if (first < m_keys.size())
                            m_sorted.clear();
                        m_rowText.insert(std::min<qsizetype>(first, m_rowText.size()), count,
                                         QString());
                        m_keys.insert(std::min<qsizetype>(first, m_keys.size()), count, QVariant());
                        m_rank.clear();
                        m_accepted.clear();
                    }
                    scheduleWarmUp();
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    forgetTree();
                    if (parent.isValid())
                        return;
                    const auto remove = [first, last](auto &list) {
                        if (first < list.size())
                            list.remove(first, std::min<qsizetype>(last + 1, list.size()) - first);
                    };
                    remove(m_rowText);
                    remove(m_keys);
                    forgetRank();
                    m_accepted.clear();
                    scheduleWarmUp(); // the rank
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.parent().isValid()) {
                        forgetTree();
                    } else {
                        forgetRows(topLeft.row(), bottomRight.row() - topLeft.row() + 1);
                    }
                    scheduleWarmUp();
                });
        const auto everything = [this] {
            forgetAll();
            scheduleWarmUp();
        };
        connect(model, &QAbstractItemModel::modelReset, this, everything);
        connect(model, &QAbstractItemModel::layoutChanged, this, everything);
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { forgetAll(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
    m_flat =
        qobject_cast<QAbstractTableModel *>(model) || qobject_cast<QAbstractListModel *>(model);
    forgetAll(); // sized for the new model
    scheduleWarmUp();
}

void FleetFilterProxy::sort(int column, Qt::SortOrder order) {
    if (column != sortColumn()) {
        m_keys.fill(QVariant());
        forgetRank();
    }
    QSortFilterProxyModel::sort(column, order);
}

void FleetFilterProxy::scheduleWarmUp() {
    // A change does not push back a warm-up already due.
    if (!m_warmUp.isActive() && !m_warmTurn.isScheduled())
        m_warmUp.start(warmUpDelay);
}

void FleetFilterProxy::forgetRows(int first, int count) {
    for (int row = first; row < first + count && row < m_rowText.size(); ++row) {
        m_rowText[row] = QString();
        if (row < m_keys.size())
            m_keys[row] = QVariant();
    }
    forgetRank();
    m_accepted.clear();
}

void FleetFilterProxy::forgetTree() {
    m_treeText.clear();
    m_treeWalk.clear();
    m_treeWarm = false;
}

void FleetFilterProxy::forgetAll() {
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rowText = QList<QString>(rows);
    m_keys = QList<QVariant>(rows);
    forgetRank();
    m_accepted.clear();
    forgetTree();
}

const QString &FleetFilterProxy::rowText(int row) const {
    if (row >= m_rowText.size())
        m_rowText.resize(sourceModel()->rowCount());
    QString &text = m_rowText[row];
    if (text.isNull()) {
        const QAbstractItemModel *model = sourceModel();
        const int columns = model->columnCount();
        QString built;
        for (int column = 0; column < columns; ++column) {
            built += model->index(row, column).data().toString();
            built += u'\n';
        }
        text = built.toLower();
    }
    return text;
}

QString FleetFilterProxy::treeText(int row, const QModelIndex &parent) const {
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex key = model->index(row, 0, parent);
    auto it = m_treeText.constFind(key);
    if (it != m_treeText.cend())
        return it.value();
    QString text;
    const int columns = model->columnCount(parent);
    for (int column = 0; column < columns; ++column) {
        text += model->index(row, column, parent).data().toString();
        text += u'\n';
    }
    text = text.toLower();
    m_treeText.insert(key, text);
    return text;
}

const QVariant &FleetFilterProxy::sortKey(int row) const {
    if (row >= m_keys.size())
        m_keys.resize(sourceModel()->rowCount());
    QVariant &key = m_keys[row];
    if (!key.isValid()) {
        key = sourceModel()->index(row, sortColumn()).data(sortRole());
        if (key.userType() == QMetaType::QString)
            key = key.toString().toLower();
        if (!key.isValid())
            key = QString(); // "nothing" sorts first, and is not rebuilt every time
    }
    return key;
}

void FleetFilterProxy::buildRank() const {
    m_lastFullRank.start();
    const int rows = static_cast<int>(m_keys.size());
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    bool allText = true;
    for (int row = 0; row < rows; ++row)
        allText = sortKey(row).userType() == QMetaType::QString && allText;
    if (allText) {
        // Text keys (the common case) sorted as text: no QVariant on the way, a few ms for
        // 60,000 rows.
        std::vector<std::pair<QString, int>> keyed;
        keyed.reserve(static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row)
            keyed.emplace_back(m_keys.at(row).toString(), row);
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            const int byText = a.first.compare(b.first);
            return byText != 0 ? byText < 0 : a.second < b.second;
        });
        for (int i = 0; i < rows; ++i)
            order[static_cast<std::size_t>(i)] = keyed[static_cast<std::size_t>(i)].second;
    } else {
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return compareKeys(m_keys.at(a), m_keys.at(b)) < 0;
        });
    }
    m_sorted = std::move(order);
    rankFromOrder();
}

void FleetFilterProxy::forgetRank() const {
    m_rank.clear();
    m_sorted.clear();
}

void FleetFilterProxy::rankFromOrder() const {
    m_rank = QList<int>(static_cast<qsizetype>(m_sorted.size()));
    for (std::size_t i = 0; i < m_sorted.size(); ++i)
        m_rank[m_sorted[i]] = static_cast<int>(i);
}

void FleetFilterProxy::ensureRank() const {
    const auto rows = static_cast<std::size_t>(m_keys.size());
    if (static_cast<std::size_t>(m_rank.size()) == rows)
        return;
    if (m_sorted.empty() || m_sorted.size() > rows) {
        buildRank();
        return;
    }
    // Only rows appended since the last sort: sort those, and put each after the last
    // equal key already in place (their row numbers are higher): a few comparisons per
    // row, not a sort of the whole table.
    const auto keyLess = [this](int a, int b) { return compareKeys(sortKey(a), sortKey(b)) < 0; };
    std::vector<int> fresh(rows - m_sorted.size());
    std::iota(fresh.begin(), fresh.end(), static_cast<int>(m_sorted.size()));
    std::stable_sort(fresh.begin(), fresh.end(), keyLess);
    std::vector<int> merged;
    merged.reserve(rows);
    auto from = m_sorted.cbegin();
    for (int row : fresh) {
        const auto at = std::upper_bound(from, m_sorted.cend(), row, keyLess);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_sorted.cend());
    m_sorted = std::move(merged);
    rankFromOrder();
}

void FleetFilterProxy::warmUp() {
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return;
    // Fill the caches of a slice of rows, then yield to the event loop.
    QElapsedTimer slice;
    slice.start();
    // Its own few milliseconds, and no more than the turn the sync's slices share has left.
    const auto sliceOver = [&slice] {
        return slice.nsecsElapsed() >= warmUpSliceNs || !TurnBudget::timeLeft();
    };
    bool built = false;
    for (int row = 0; row < m_rowText.size(); ++row) {
        if (m_rowText.at(row).isNull()) {
            rowText(row);
            built = true;
        }
        if (sortColumn() >= 0 && !m_keys.at(row).isValid()) {
            sortKey(row);
            built = true;
        }
        if (built && row % 64 == 0 && sliceOver())
            break;
    }
    if (built) {
        m_warmTurn.schedule(); // the next slice, unless the source changes first
        return;
    }
    if (m_rank.size() != m_keys.size() && m_keys.size() >= bulkRows && sortColumn() >= 0) {
        // Rows appended to a sorted table are merged in (a few ms on 60,000 rows); a full
        // sort (~10 ms) runs at most once a second while the source keeps changing.
        if (m_sorted.empty() && m_lastFullRank.isValid()
            && m_lastFullRank.elapsed() < fullRankEvery.count()) {
            m_warmUp.start(
                std::chrono::milliseconds(fullRankEvery.count() - m_lastFullRank.elapsed()));
            return;
        }
        ensureRank();
    }
    // A tree: the text of every row below the top level, walked depth first a slice at a
    // time (any change below the top level starts the walk again).
    if (m_treeWarm || !model->hasChildren(model->index(0, 0)))
        return;
    if (m_treeWalk.empty())
        m_treeWalk.emplace_back(QModelIndex(), 0);
    while (!m_treeWalk.empty()) {
        const QModelIndex parent = m_treeWalk.back().first;
        const int row = m_treeWalk.back().second++;
        if (row >= model->rowCount(parent)) {
            m_treeWalk.pop_back();
            continue;
        }
        if (parent.isValid())
            treeText(row, parent);
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            m_treeWalk.emplace_back(child, 0);
        if (row % 64 == 0 && sliceOver()) {
            m_warmTurn.schedule();
            return;
        }
    }
    m_treeWarm = true;
}

bool FleetFilterProxy::matches(int sourceRow, const QModelIndex &sourceParent) const {
    const QString text =
        sourceParent.isValid() ? treeText(sourceRow, sourceParent) : rowText(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty())
        return true;
    if (m_useAccepted && !sourceParent.isValid() && sourceRow < m_accepted.size())
        return m_accepted.at(sourceRow);
    return matches(sourceRow, sourceParent);
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    // The sort of a large table calls this a million times: with a rank in place, a table's
    // rows (all top-level, compared in the sort column) need nothing else.
    const qsizetype ranked = m_rank.size();
    if (m_flat && ranked == m_keys.size() && left.row() < ranked && right.row() < ranked
        && left.column() == right.column())
        return m_rank.constData()[left.row()] < m_rank.constData()[right.row()];
    if ((!m_flat && (left.parent().isValid() || right.parent().isValid()))
        || left.column() != sortColumn() || right.column() != sortColumn()
        || left.row() >= m_keys.size() || right.row() >= m_keys.size())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_rank.size() == m_keys.size())
        return m_rank.at(left.row()) < m_rank.at(right.row());
    return compareKeys(sortKey(left.row()), sortKey(right.row())) < 0;
}

} // namespace kd
