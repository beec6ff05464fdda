#include "ui/topology/FindingMark.h"

#include "ui/topology/MapPalette.h"

#include <QCoreApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct FindingMarkTr {
    Q_DECLARE_TR_FUNCTIONS(kd::FindingMark)
};
} // namespace

void FindingMark::add(const advisor::Finding &finding) {
    worst = count == 0 ? finding.severity : std::max(worst, finding.severity);
    ++count;
    if (lines.size() < maxLines)
        lines.append({finding.severity, finding.ruleId, finding.why});
}

void FindingMark::add(const FindingMark &other) {
    if (other.isEmpty())
        return;
    worst = count == 0 ? other.worst : std::max(worst, other.worst);
    count += other.count;
    for (qsizetype i = 0; i < other.lines.size() && lines.size() < maxLines; ++i)
        lines.append(other.lines.at(i));
}

namespace findingmark {

QColor colour(advisor::Severity severity) {
    switch (severity) {
    case advisor::Severity::Error:
        return MapPalette::health(Health::Bad);
    case advisor::Severity::Warning:
        return MapPalette::health(Health::Warning);
    case advisor::Severity::Info:
        break;
    }
    return MapPalette().plane;
}

QRectF rect(QPointF at) {
    return {at.x() - radius - 1, at.y() - radius - 1, 2 * radius + 2, 2 * radius + 2};
}

void draw(QPainter *painter, QPointF at, const FindingMark &mark) {
    if (mark.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(colour(mark.worst));
    painter->drawEllipse(at, radius, radius);
    QPen bang(mark.worst == advisor::Severity::Warning ? QColor(Qt::black) : QColor(Qt::white),
              1.6);
    bang.setCapStyle(Qt::RoundCap);
    painter->setPen(bang);
    painter->drawLine(at + QPointF(0, -2.6), at + QPointF(0, 0.8));
    painter->drawPoint(at + QPointF(0, 2.6));
    painter->restore();
}

QString toolTip(const FindingMark &mark) {
    if (mark.isEmpty())
        return {};
    QString tip =
        u"<hr><b>"_s + FindingMarkTr::tr("Advisor: %n findings", nullptr, mark.count) + u"</b>"_s;
    for (const FindingMark::Line &line : mark.lines)
        tip += u"<br>"_s
               + FindingMarkTr::tr("%1: %2 — %3")
                     .arg(advisor::severityName(line.severity), advisor::ruleTitle(line.ruleId),
                          line.why)
                     .toHtmlEscaped();
    if (mark.count > mark.lines.size())
        tip += u"<br>"_s
               + FindingMarkTr::tr("and %n more in the Advisor", nullptr,
                                   mark.count - static_cast<int>(mark.lines.size()));
    return tip;
}

} // namespace findingmark

} // namespace kd
