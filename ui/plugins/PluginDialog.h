#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kd {

class ErrorLabel;
class FleetStore;

// Creates or edits a plugin. The Redis-backed plugins (rate-limiting-advanced,
// ai-rate-limiting-advanced, proxy-cache-advanced, graphql-rate-limiting-advanced,
// service-protection) get a form with their key fields and a picker that offers only
// partials of the type the plugin takes; every other plugin is edited as JSON, checked
// before it is sent.
class PluginDialog final : public QDialog {
    Q_OBJECT
public:
    PluginDialog(const FleetStore *store, const QString &controlPlaneId, QWidget *parent = nullptr);
    PluginDialog(const FleetStore *store, const Plugin &existing, QWidget *parent = nullptr);

    bool creating() const { return m_existing.id.isEmpty(); }
    Plugin plugin() const { return m_result; }
    void setBusy(bool busy);
    void showError(const QString &message);
    bool formShown() const;
    // Links the new plugin to this Redis configuration (after a cache became ready).
    void preselectPartial(const QString &partialId);

    // For tests: the form's fields by name.
    QComboBox *pluginName() const { return m_name; }
    QLineEdit *limits() const { return m_limits; }
    QComboBox *partialPicker() const { return m_partial; }
    QLineEdit *syncRate() const { return m_syncRate; }
    QLabel *syncAdvice() const { return m_syncAdvice; }
    QPlainTextEdit *json() const { return m_json; }

Q_SIGNALS:
    void submitted();

private:
    void build();
    void nameChanged();
    void showPage(QWidget *page);
    void fillForm(const Plugin &plugin);
    void fillPartials();
    void updateAdvice();
    void switchToJson();
    void fillManagedReferences();
    QString controlPlaneId() const;
    // The plugin as the form says, or what is wrong.
    Result<Plugin> fromForm() const;
    void submit();

    const FleetStore *m_store;
    Plugin m_existing;
    Plugin m_result;
    QComboBox *m_controlPlane = nullptr;
    QComboBox *m_name = nullptr;
    QLineEdit *m_instance = nullptr;
    QCheckBox *m_enabled = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_limits = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QComboBox *m_windowType = nullptr;
    QComboBox *m_identifier = nullptr;
    QComboBox *m_strategy = nullptr;
    QLineEdit *m_syncRate = nullptr;
    QLabel *m_syncAdvice = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_cacheTtl = nullptr;
    QLineEdit *m_contentTypes = nullptr;
    QComboBox *m_partial = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_managedRefs = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kd
