#pragma once

#include <QWidget>

class QVBoxLayout;

namespace kd {

class FleetStore;
class ProvisionTracker;

// A bar per data-plane group of every managed cache on its way up, against the ~15 minutes
// Konnect's documentation gives; hidden while nothing is provisioning.
class ProvisionProgress final : public QWidget {
    Q_OBJECT
public:
    ProvisionProgress(const FleetStore *store, const ProvisionTracker *tracker,
                      QWidget *parent = nullptr);

    void refresh();

private:
    const FleetStore *m_store;
    const ProvisionTracker *m_tracker;
    QVBoxLayout *m_rows;
};

} // namespace kd
