#include "models/FleetFilterProxy.h"

#include "models/ControlPlaneModel.h"

namespace kd {

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ControlPlaneModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FleetFilterProxy::setFilterText(const QString &text) {
    const QStringList words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void FleetFilterProxy::setSourceModel(QAbstractItemModel *model) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_text.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    const auto forget = [this] { m_text.clear(); };
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
}

QString FleetFilterProxy::haystack(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    const QPersistentModelIndex key(model->index(sourceRow, 0, sourceParent));
    auto it = m_text.constFind(key);
    if (it != m_text.cend())
        return it.value();
    QString text;
    const int columns = model->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        text += model->index(sourceRow, column, sourceParent).data().toString();
        text += u'\n';
    }
    text = text.toLower();
    m_text.insert(key, text);
    return text;
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QString text = haystack(sourceRow, sourceParent);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace kd
