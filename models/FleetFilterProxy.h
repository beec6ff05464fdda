#pragma once

#include <QSortFilterProxyModel>

namespace kd {

// The filter of every pane: each word of the text must appear in some column (labels match
// as key:value), and sorting uses the source's raw values, not the display text.
class FleetFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString haystack(int sourceRow, const QModelIndex &sourceParent) const;

    QStringList m_words;
    // Each row's text, lower-cased, built once and dropped whenever the source changes, so a
    // keystroke does not format every cell again.
    mutable QHash<QPersistentModelIndex, QString> m_text;
};

} // namespace kd
