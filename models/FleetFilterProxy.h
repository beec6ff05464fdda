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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace kd
