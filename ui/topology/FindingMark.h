#pragma once

#include "fleet/advisor/Finding.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace kd {

// The advisor's findings about one thing on the map (or, on a closed cluster, about its
// members): how many, the worst severity, and a line each for the tooltip.
struct FindingMark {
    int count = 0;
    advisor::Severity worst = advisor::Severity::Info;
    QStringList lines; // "Warning: Cache memory high — Memory use peaks at 86 %…"
    bool isEmpty() const { return count == 0; }
    void add(const advisor::Finding &finding);
    void add(const FindingMark &other);
    friend bool operator==(const FindingMark &, const FindingMark &) = default;
};

namespace findingmark {
constexpr double radius = 5; // pixels
// The marker's colour: error red, warning amber (the map's health colours), info blue.
QColor colour(advisor::Severity severity);
// A small disc with "!" centred at `at`, in the colour of the worst severity.
void draw(QPainter *painter, QPointF at, const FindingMark &mark);
QRectF rect(QPointF at);
// The tooltip part: the findings, the first few of them in full.
QString toolTip(const FindingMark &mark);
} // namespace findingmark

} // namespace kd
