#pragma once

#include "fleet/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kd {

class ErrorLabel;

// Choose or name a profile, paste a token, and sign in. The dialog only collects and shows;
// the composition root checks the token with Konnect and reports back.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QStringList &savedProfiles, const Profile &initial,
                 QWidget *parent = nullptr);

    Profile profile() const;
    QString token() const;
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void signInRequested();
    void profileChosen(const QString &name); // load that saved profile's settings

public Q_SLOTS:
    void showProfile(const Profile &profile);

private:
    // Grows the dialog to what its contents need (the Connection box opened, an error shown).
    void fitContents();

    QComboBox *m_profile;
    QGroupBox *m_connection;
    QLineEdit *m_token;
    QLineEdit *m_endpoint;
    QLineEdit *m_caFile;
    QList<QCheckBox *> m_geos;
    ErrorLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace kd
