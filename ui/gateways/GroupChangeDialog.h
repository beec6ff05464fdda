#pragma once

#include "client/Types.h"

#include <QDialog>

class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace kd {

class ErrorLabel;

// The two changes made most to a deployed data-plane group, each as a new desired list for a
// full configuration PUT: its autoscale, or its removal. The review says, group by group,
// what stays, what changes and what goes.
class GroupChangeDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Change { Autoscale, Remove };

    // `desired`: the control plane's desired groups as Konnect holds them; `provider` and
    // `region` pick the group (a configuration has one group per region).
    GroupChangeDialog(Change change, const QString &controlPlaneName, QList<DataPlaneGroup> desired,
                      const QString &provider, const QString &region, QWidget *parent = nullptr);

    const QList<DataPlaneGroup> &current() const { return m_current; }
    QList<DataPlaneGroup> desired() const;
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void updateReview();

    Change m_change;
    QList<DataPlaneGroup> m_current;
    qsizetype m_target = -1;
    QRadioButton *m_autopilot = nullptr;
    QRadioButton *m_static = nullptr;
    QSpinBox *m_baseRps = nullptr;
    QTextBrowser *m_review;
    ErrorLabel *m_error;
    QPushButton *m_apply;
};

} // namespace kd
