#pragma once

#include "client/TurnBudget.h"
#include "fleet/advisor/Finding.h"
#include "models/KeyedRowModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace kd {

namespace advisor {
class Advisor;
class MuteStore;
} // namespace advisor

// The advisor's findings, one row each, keyed by the finding's key so that a re-evaluation
// moves only the rows that changed. Accepted findings stay, marked with their note.
//
// It follows the advisor's changes (Advisor::lastChange), not its whole list, and applies
// them in batches of a few milliseconds each on the GUI thread: a sync that moves a thousand
// findings at fleet:2000 becomes several short passes for this model, its proxies and views,
// not one long one.
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
    // Whether changes of the advisor are still waiting to become rows.
    bool pending() const { return !m_removals.isEmpty() || !m_upsertOrder.isEmpty(); }
    // How long one batch may take (the last step finishes past it).
    static constexpr int batchBudgetMs = 4;

private:
    void refresh();
    void queue();
    void applySome();

    advisor::Advisor *m_advisor;
    advisor::MuteStore *m_mutes;
    QHash<QString, advisor::Finding> m_findings;
    QSet<QString> m_removals;                   // keys to take away
    QHash<QString, advisor::Finding> m_upserts; // to add or to change
    QStringList m_upsertOrder;
    TurnTask m_turn{[this] { applySome(); }};
};

} // namespace kd
