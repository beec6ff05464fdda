#pragma once

#include "client/Types.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kd {

class ErrorLabel;

class FleetActions;
class FleetStore;

// Provision a managed cache: choose a Dedicated Cloud Gateway control plane (its groups are
// checked: AWS and Azure are served, Google Cloud is not; Gateway 3.13 or later), a tier,
// then review the exact request before sending it.
class ProvisionCacheWizard final : public QWizard {
    Q_OBJECT
public:
    ProvisionCacheWizard(const FleetStore *store, const FleetActions *actions,
                         const QString &controlPlaneId, QWidget *parent = nullptr);

    QString controlPlaneId() const;
    Geo geo() const;
    QString cacheName() const;
    CacheTier tier() const;
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void provisionRequested();

private:
    void checkControlPlane();
    // What is wrong with the typed name (empty, or another cache of the organisation has it).
    QString checkName() const;
    void updateReview();

    const FleetStore *m_store;
    const FleetActions *m_actions;
    QComboBox *m_plane;
    QLabel *m_checks;
    QLineEdit *m_name;
    QComboBox *m_tier;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_curl;
    ErrorLabel *m_error;
    ErrorLabel *m_nameError;
    QLabel *m_busyNote;
    bool m_eligible = false;
    QString m_suggestedName;
};

} // namespace kd
