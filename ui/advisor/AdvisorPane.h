#pragma once

#include "fleet/advisor/Finding.h"
#include "ui/Pane.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace kd {

class FindingModel;
class FleetActions;
class FleetStore;

namespace advisor {
class Advisor;
class MuteStore;
} // namespace advisor

// The advisor's findings across the fleet: severity, rule, entities and why, filterable, each
// with its fix (a jump to the entity, or a reviewed write) and "accept with a note"; and the
// governance coverage of every control plane, with "add this policy" from a gap.
class AdvisorPane final : public Pane {
    Q_OBJECT
public:
    AdvisorPane(FleetStore *store, FleetActions *actions, const QString &profileName,
                QWidget *parent = nullptr);
    ~AdvisorPane() override;

    QString paneId() const override { return QStringLiteral("advisor"); }
    QString title() const override { return tr("Advisor"); }
    QString iconPath() const override { return QStringLiteral(":/icons/advisor.svg"); }
    QList<QAction *> paneActions() const override {
        return {m_fix, m_accept, m_reopen, m_addPolicy};
    }

    advisor::Advisor *advisor() const { return m_advisor; }
    // Accepted findings are kept per profile.
    void setProfile(const QString &profileName);
    // The findings not accepted, in the advisor's order (what the badge and the map count).
    QList<advisor::Finding> openFindings() const;

Q_SIGNALS:
    // A fix or a link asks to show an entity in its pane.
    void showEntityRequested(kd::advisor::EntityKind kind, const QString &id,
                             const QString &controlPlaneId);
    // The open findings moved (a change in the fleet, an acceptance or a reopening).
    void openFindingsChanged(const QList<kd::advisor::Finding> &findings);

private:
    QString currentKey() const;
    void showDetails();
    void updateActions();
    void updateBadge();
    void applyFilters();
    void fix();
    void linkManagedPartial(const advisor::Finding &finding);
    void upgradeCache(const advisor::Finding &finding);
    void acceptCurrent();
    void reopenCurrent();
    void openLink(const QUrl &url);
    QWidget *makeGovernanceTab();
    void addPolicy();

    FleetStore *m_store;
    FleetActions *m_actions;
    advisor::Advisor *m_advisor;
    std::unique_ptr<advisor::MuteStore> m_mutes;
    FindingModel *m_model;
    QSortFilterProxyModel *m_acceptedProxy;
    QSortFilterProxyModel *m_severityProxy;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_severity;
    QCheckBox *m_showAccepted;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_fix;
    QAction *m_accept;
    QAction *m_reopen;
    QTableView *m_governance;
    QAction *m_addPolicy;
    QTimer *m_badgeTimer; // findings arrive row by row: the badge counts them once
    QList<advisor::Finding> m_open;
    bool m_autoCurrent = false; // the current row was chosen by the pane, not by a person
    bool m_choosing = false;
};

} // namespace kd
