#pragma once

#include "client/Types.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace kd {

class ErrorLabel;
class FleetActions;
class FleetStore;
class GatedPage;

// Deploy a data-plane group: where (control plane, cloud, region, a ready network of that
// cloud and region), how big (autopilot base RPS), then a review of what will be sent, kept in
// step with every input. Next and Deploy wait for a ready network.
class DeployGroupWizard final : public QWizard {
    Q_OBJECT
public:
    DeployGroupWizard(const FleetStore *store, const Availability &availability,
                      const QString &controlPlaneId, QWidget *parent = nullptr);

    QString controlPlaneId() const;
    Geo geo() const;
    DataPlaneGroup group() const;
    QString version() const; // empty: keep the configuration's
    void showError(const QString &message);
    void setBusy(bool busy);
    // Offers "Create network…" beside the network: the network dialog, prefilled with the
    // wizard's cloud and region, creates it through `actions`.
    void enableCreateNetwork(FleetActions *actions);

Q_SIGNALS:
    void deployRequested();

private:
    void fillRegions();
    void fillNetworks();
    void updateReview();
    void createNetwork();
    bool placementComplete() const;

    const FleetStore *m_store;
    Availability m_availability;
    QComboBox *m_plane;
    QComboBox *m_provider;
    QComboBox *m_region;
    QComboBox *m_network;
    QComboBox *m_version;
    QSpinBox *m_baseRps;
    QLabel *m_networkHint;
    QTextBrowser *m_review;
    ErrorLabel *m_error;
    QPushButton *m_createNetwork;
    GatedPage *m_placement = nullptr;
    GatedPage *m_capacity = nullptr;
    FleetActions *m_actions = nullptr;
};

} // namespace kd
