#pragma once

#include "client/Types.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace kd {

class ErrorLabel;

class FleetStore;

// Deploy a data-plane group: where (control plane, cloud, region, network), how big
// (autopilot base RPS), then a review of what will be sent.
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

Q_SIGNALS:
    void deployRequested();

private:
    void fillRegions();
    void fillNetworks();
    void updateReview();

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
};

} // namespace kd
