#pragma once

#include "fleet/advisor/Finding.h"
#include "models/KeyedRowModel.h"

#include <QHash>

namespace kd {

namespace advisor {
class Advisor;
class MuteStore;
} // namespace advisor

// The advisor's findings, one row each, keyed by the finding's key so that a re-evaluation
// moves only the rows that changed. Accepted findings stay, marked with their note.
class FindingModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        EntitiesColumn,
        AcceptedColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // severity then rule order; text elsewhere
        KeyRole,
        RuleIdRole,
        SeverityRole,
        AcceptedRole // "accepted" or "open", for the filter
    };

    FindingModel(advisor::Advisor *advisor, advisor::MuteStore *mutes, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const advisor::Finding *finding(const QString &key) const;
    // Accepting or reopening a finding changes its row.
    void accept(const QString &key, const QString &note);
    void reopen(const QString &key);

private:
    void refresh();

    advisor::Advisor *m_advisor;
    advisor::MuteStore *m_mutes;
    QHash<QString, advisor::Finding> m_findings;
};

} // namespace kd
