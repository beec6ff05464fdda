#pragma once

#include "client/Types.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace kd {

class ErrorLabel;

// Resize a managed cache: only larger tiers are offered (Konnect only grows caches).
class ResizeCacheDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ResizeCacheDialog(const ManagedCache &cache, QWidget *parent = nullptr);

    CacheTier tier() const;
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    QComboBox *m_tiers;
    ErrorLabel *m_error;
    QPushButton *m_resize;
};

} // namespace kd
