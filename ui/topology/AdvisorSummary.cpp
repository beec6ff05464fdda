#include "ui/topology/AdvisorSummary.h"

#include "ui/topology/MapFindings.h"

#include <QKeyEvent>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace kd {

AdvisorSummary::AdvisorSummary(QWidget *parent)
    : QLabel(parent) {
    setObjectName(u"topologyAdvisorSummary"_s);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setToolTip(tr("Open the Advisor"));
    hide();
}

void AdvisorSummary::setFindings(const QList<advisor::Finding> &findings) {
    const mapfindings::Summary summary = mapfindings::summary(findings);
    setVisible(!summary.html.isEmpty());
    setText(summary.html);
    setAccessibleName(summary.plain);
    adjustSize();
}

void AdvisorSummary::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated();
    QLabel::mouseReleaseEvent(event);
}

void AdvisorSummary::keyPressEvent(QKeyEvent *event) {
    if (QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space}.contains(event->key())) {
        Q_EMIT activated();
        return;
    }
    QLabel::keyPressEvent(event);
}

} // namespace kd
