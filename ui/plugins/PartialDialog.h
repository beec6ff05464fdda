#pragma once

#include "client/Types.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace kd {

class ErrorLabel;
class FleetStore;

// Creates or edits a partial. redis-ee gets a full form (connection, TLS, timeouts and
// keepalive, Sentinel, Cluster, cloud authentication) that accepts `{vault://…}` wherever
// Kong does; other types edit their config as JSON. Editing starts from what Konnect sent
// and changes only what the form shows, so the PUT keeps the rest.
class PartialDialog final : public QDialog {
    Q_OBJECT
public:
    // Create: pick the control plane (preselected) and the type.
    PartialDialog(const FleetStore *store, const QString &controlPlaneId,
                  QWidget *parent = nullptr);
    // Edit an existing partial.
    PartialDialog(const FleetStore *store, const Partial &existing, QWidget *parent = nullptr);

    bool creating() const { return m_existing.id.isEmpty(); }
    // The partial as the form says; valid only after submitted().
    Partial partial() const { return m_result; }
    void setBusy(bool busy);
    void showError(const QString &message);
    // The widget of one config field ("host", "cloud_authentication.aws_region"), for tests.
    QWidget *field(const QString &key) const { return m_fields.value(key); }

Q_SIGNALS:
    void submitted();

private:
    struct Field;
    void build();
    QWidget *buildRedisForm();
    void load(const QVariantMap &config);
    void typeChanged();
    void submit();
    // Fills `config` from the form; an empty string on success, else what is wrong.
    QString read(QVariantMap &config) const;

    const FleetStore *m_store;
    Partial m_existing;
    Partial m_result;
    QComboBox *m_controlPlane = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QWidget *m_redisForm = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QHash<QString, QWidget *> m_fields;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kd
