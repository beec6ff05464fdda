#pragma once

#include "client/Types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

namespace kd {

class ErrorLabel;
class FleetStore;

// Create a cloud gateway network (account, region, zones, CIDR from availability.json), or
// rename one: the only change Konnect allows on a network. Every field is checked as it is
// typed, against the region and the networks the store holds; each problem shows under its
// field and goes when that field changes.
class NetworkDialog final : public QDialog {
    Q_OBJECT
public:
    NetworkDialog(const FleetStore *store, const Availability &availability,
                  QWidget *parent = nullptr);
    NetworkDialog(const FleetStore *store, const Network &existing, QWidget *parent = nullptr);

    bool renaming() const { return !m_existingId.isEmpty(); }
    // Chooses an account of `provider` and the region (a deploy wizard asks for this network).
    bool prefill(CloudProvider provider, const QString &region);
    QString name() const;
    NetworkCreate createRequest() const;
    bool validate();
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void build(bool create);
    void fillRegions();
    void fillZones();
    // Checks every field and shows each problem under it; returns the fields with errors.
    QStringList check();
    AvailabilityRegion currentRegion() const;
    QString currentAccountId() const;

    const FleetStore *m_store;
    QString m_existingId;
    QList<ProviderAccount> m_accounts;
    Availability m_availability;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameWarning = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_region = nullptr;
    QWidget *m_zonesBox = nullptr;
    QList<QCheckBox *> m_zones;
    ErrorLabel *m_zonesError = nullptr;
    QLineEdit *m_cidr = nullptr;
    ErrorLabel *m_cidrError = nullptr;
    bool m_cidrTyped = false; // the user's CIDR is kept; a suggested one follows the region
    ErrorLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kd
