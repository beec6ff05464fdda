#pragma once

#include "fleet/compare/GatewayEntities.h"
#include "fleet/compare/PlaneDocument.h"
#include "ui/Pane.h"

#include <QSet>

#include <optional>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace kd {

class FleetStore;
namespace compare {
class Applier;
}

// Two control planes (any geos), or one and a decK file, side by side: only what differs,
// entity by entity and field by field, ids, timestamps, defaults and set order ignored.
class ComparePane final : public Pane {
    Q_OBJECT
public:
    // Without an applier the compare only shows (for example offline from a snapshot).
    explicit ComparePane(const FleetStore *store, compare::Applier *applier = nullptr,
                         QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("compare"); }
    QString title() const override { return tr("Compare"); }
    QString iconPath() const override { return QStringLiteral(":/icons/compare.svg"); }
    QList<QAction *> paneActions() const override { return m_actions; }

    // Choose the two sides: a control plane id (empty: that side stays), or a decK file with
    // setDeckFile().
    void setSides(const QString &leftControlPlaneId, const QString &rightControlPlaneId);
    bool setDeckFile(int side, const QString &path);
    int differenceCount() const { return m_differences; }
    // Whether the services, routes and consumers of a side are still being read (a compare
    // with scoped plugins waits for them).
    bool reading() const { return !m_reading.isEmpty(); }
    // Reviews the requests that make `targetSide` (0 left, 1 right) look like the other side:
    // for the selected entity, or for every difference when none is selected.
    void applyTo(int targetSide);

private:
    void fillChoices();
    void compareNow();
    void scheduleCompare();
    void openDeckFile(int side);
    std::optional<compare::PlaneDocument> documentOf(int side, QString *error) const;
    // Starts reading the live sides' services, routes and consumers when a side has plugins
    // scoped to them; true while that is under way.
    bool readScopes(const compare::PlaneDocument &left, const compare::PlaneDocument &right);

    const FleetStore *m_store;
    compare::Applier *m_applier;
    QComboBox *m_sides[2];
    QString m_deckFiles[2];
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QTimer *m_debounce;
    QList<QAction *> m_actions;
    int m_differences = 0;
    compare::GatewayEntities m_gateway; // read for the compare, by control plane
    QSet<QString> m_reading;
    QSet<QString> m_unread; // reading failed: their plugins are matched by ids
};

} // namespace kd
