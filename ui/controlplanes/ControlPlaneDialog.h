#pragma once

#include "client/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace kd {

class ErrorLabel;
class FleetStore;

// Create or edit a control plane. Checks the spec's rules before sending; on a server error
// it stays open with everything the user typed.
class ControlPlaneDialog final : public QDialog {
    Q_OBJECT
public:
    // Create in one of `geos`.
    ControlPlaneDialog(const QList<Geo> &geos, QWidget *parent = nullptr);
    // Edit `existing` (name, description, labels, proxy URLs).
    ControlPlaneDialog(const ControlPlane &existing, QWidget *parent = nullptr);

    bool editing() const { return !m_existingId.isEmpty(); }
    Geo geo() const;
    ControlPlaneCreate createRequest() const;
    ControlPlanePatch patchRequest() const;

    // Names are checked against these control planes as they are typed: Konnect refuses a
    // second control plane of the same name in a geo (409).
    void setInventory(const FleetStore *store);
    void setBusy(bool busy);
    void showError(const QString &message);
    // The rules of the spec; shows what is wrong and returns false when something is.
    bool validate();

Q_SIGNALS:
    void submitted();

private:
    void build(const QList<Geo> &geos);
    Labels labels() const;
    QList<ProxyUrl> proxyUrls() const;
    // Shows under the name what is wrong with it; empty when nothing is.
    QString checkName();

    QString m_existingId;
    Geo m_existingGeo = Geo::Us;
    QLineEdit *m_name = nullptr;
    QComboBox *m_geo = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_cloudGateway = nullptr;
    QTableWidget *m_labels = nullptr;
    QTableWidget *m_proxies = nullptr;
    ErrorLabel *m_nameError = nullptr;
    ErrorLabel *m_error = nullptr;
    const FleetStore *m_store = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kd
