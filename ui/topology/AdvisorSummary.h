#pragma once

#include "fleet/advisor/Finding.h"

#include <QLabel>

namespace kd {

// The advisor's open findings counted by severity over the map ("Advisor ● 2 errors ·
// ● 5 warnings"); hidden without findings. A click, Return or Space asks for the Advisor.
class AdvisorSummary final : public QLabel {
    Q_OBJECT
public:
    explicit AdvisorSummary(QWidget *parent = nullptr);
    void setFindings(const QList<advisor::Finding> &findings);

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace kd
