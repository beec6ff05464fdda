#pragma once

#include "fleet/compare/ApplyPlan.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kd {

class ErrorLabel;

// The exact requests that make one side of a compare look like the other, reviewed before
// they are sent; what cannot be applied from here is listed with the reason.
class ApplyDialog final : public QDialog {
    Q_OBJECT
public:
    ApplyDialog(compare::Applier *applier, compare::ApplyPlanResult plan, QString targetId,
                const QString &targetTitle, QWidget *parent = nullptr);

Q_SIGNALS:
    void applied(int requests);

private:
    void send();

    compare::Applier *m_applier;
    compare::ApplyPlanResult m_plan;
    QString m_targetId;
    QPlainTextEdit *m_requests;
    ErrorLabel *m_error;
    QPushButton *m_send;
};

} // namespace kd
