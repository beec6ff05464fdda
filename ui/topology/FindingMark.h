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
    // The first few findings for the tooltip; a cluster of thousands keeps no more. Kept as
    // they come (shared strings): the tooltip's text is made when an item takes the mark.
    struct Line {
        advisor::Severity severity = advisor::Severity::Info;
        QString ruleId;
        QString why;
        friend bool operator==(const Line &, const Line &) = default;
    };
    QList<Line> lines;
    static constexpr int maxLines = 6;
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
