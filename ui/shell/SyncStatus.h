#pragma once

#include <QObject>

class QStatusBar;

namespace kd {

class RequestBudget;
class SyncEngine;

// The status bar's account of the sync: per geo done, failed or how far, and Konnect's
// rate-limit wait while it lasts.
class SyncStatus final : public QObject {
    Q_OBJECT
public:
    SyncStatus(SyncEngine *sync, RequestBudget *budget, QStatusBar *bar, QObject *parent = nullptr);

    QString text() const;

private:
    void update();

    SyncEngine *m_sync;
    RequestBudget *m_budget;
    QStatusBar *m_bar;
};

} // namespace kd
