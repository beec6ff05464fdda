#pragma once

#include "ui/Pane.h"

class QTableView;

namespace kd {

class ActivityModel;
class CallLog;
class FleetFilterProxy;

// Every call the client made: filterable, with "copy as curl" that leaves the token out.
class ActivityPane final : public Pane {
    Q_OBJECT
public:
    explicit ActivityPane(CallLog *log, QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("activity"); }
    QString title() const override { return tr("Activity"); }
    QString iconPath() const override { return QStringLiteral(":/icons/activity.svg"); }
    QList<QAction *> paneActions() const override { return {m_copyCurl}; }

    void copySelectedAsCurl();

private:
    void updateBadge();

    CallLog *m_log;
    ActivityModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QAction *m_copyCurl;
    bool m_follow = true;
};

} // namespace kd
