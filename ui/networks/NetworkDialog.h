#pragma once

#include "client/Types.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

namespace kd {

class ErrorLabel;

// Create a cloud gateway network (account, region, zones, CIDR from availability.json), or
// rename one: the only change Konnect allows on a network.
class NetworkDialog final : public QDialog {
    Q_OBJECT
public:
    NetworkDialog(const QList<ProviderAccount> &accounts, const Availability &availability,
                  QWidget *parent = nullptr);
    NetworkDialog(const Network &existing, QWidget *parent = nullptr);

    bool renaming() const { return !m_existingId.isEmpty(); }
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

    QString m_existingId;
    QList<ProviderAccount> m_accounts;
    Availability m_availability;
    QLineEdit *m_name = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_region = nullptr;
    QWidget *m_zonesBox = nullptr;
    QList<QCheckBox *> m_zones;
    QLineEdit *m_cidr = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kd
