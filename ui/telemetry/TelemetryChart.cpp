#include "ui/telemetry/TelemetryChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// A palette that tells twelve lines apart.
QColor colourFor(int n) {
    static const QColor palette[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a)};
    return palette[n % 12];
}

QString formatValue(double value, const QString &unit) {
    if (std::isnan(value))
        return QObject::tr("no data");
    if (unit == u"ratio"_s || unit == u"percent"_s)
        return QLocale().toString(value * (unit == u"ratio"_s ? 100 : 1), 'f', 1) + u" %"_s;
    return QLocale().toString(value, 'f', value < 10 ? 2 : 0)
           + (unit.isEmpty() ? QString() : u' ' + unit);
}
} // namespace

// A logical line: its data (capped) and the series segments that draw it between gaps.
struct TelemetryChart::Line {
    ChartLine data;
    QColor colour;
    bool visible = true;
    QList<QLineSeries *> segments;
};

class ChartView final : public QChartView {
public:
    ChartView(QChart *chart, TelemetryChart *owner)
        : QChartView(chart)
        , m_owner(owner)
        , m_cross(new QGraphicsLineItem(chart)) {
        setRenderHint(QPainter::Antialiasing);
        setMouseTracking(true);
        m_cross->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
        m_cross->setZValue(20);
        m_cross->hide();
    }

protected:
    void mouseMoveEvent(QMouseEvent *event) override {
        QChartView::mouseMoveEvent(event);
        const QPointF scenePoint = mapToScene(event->position().toPoint());
        const QRectF plot = chart()->plotArea();
        if (!plot.contains(scenePoint) || m_owner->m_order.isEmpty()) {
            m_cross->hide();
            QToolTip::hideText();
            return;
        }
        const QPointF value = chart()->mapToValue(chart()->mapFromScene(scenePoint));
        const QString text = m_owner->valuesAt(static_cast<qint64>(value.x()));
        m_cross->setLine(scenePoint.x(), plot.top(), scenePoint.x(), plot.bottom());
        m_cross->show();
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    void leaveEvent(QEvent *event) override {
        QChartView::leaveEvent(event);
        m_cross->hide();
    }

private:
    TelemetryChart *m_owner;
    QGraphicsLineItem *m_cross;
};

TelemetryChart::TelemetryChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_note(new QLabel(this)) {
    setObjectName(u"telemetryChart"_s);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *time = new QDateTimeAxis;
    time->setFormat(u"HH:mm"_s);
    time->setTickCount(6);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.3g"_s);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    m_view = new ChartView(chart, this);
    m_view->setMinimumHeight(220);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color:#666"_s);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
}

TelemetryChart::~TelemetryChart() {
    qDeleteAll(m_lines);
}

void TelemetryChart::setNote(const QString &note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void TelemetryChart::setLines(const QList<ChartLine> &lines) {
    QChart *chart = m_view->chart();
    QStringList keep;
    for (const ChartLine &incoming : lines) {
        if (keep.size() >= maxLines)
            break; // a hard cap: more lines are not readable anyway
        keep.append(incoming.key);
        Line *line = m_lines.value(incoming.key);
        if (!line) {
            line = new Line;
            line->colour = colourFor(static_cast<int>(m_order.size()));
            m_lines.insert(incoming.key, line);
            m_order.append(incoming.key);
        }
        line->data = incoming;
        // Bounded memory: the newest maxPoints buckets only.
        if (line->data.times.size() > maxPoints) {
            const qsizetype drop = line->data.times.size() - maxPoints;
            line->data.times.remove(0, drop);
            line->data.values.remove(0, drop);
        }
        // Runs of buckets with data, split at gaps.
        QList<QList<QPointF>> runs;
        QList<QPointF> run;
        for (qsizetype i = 0; i < line->data.times.size(); ++i) {
            const double v = line->data.values.at(i);
            if (std::isnan(v)) {
                if (!run.isEmpty())
                    runs.append(std::exchange(run, {}));
                continue;
            }
            run.append(QPointF(static_cast<double>(line->data.times.at(i)), v));
        }
        if (!run.isEmpty())
            runs.append(run);
        // Reuse the segment series; one replace() each.
        while (line->segments.size() < runs.size()) {
            auto *segment = new QLineSeries;
            segment->setPen(QPen(line->colour, 1.6));
            chart->addSeries(segment);
            for (QAbstractAxis *axis : chart->axes())
                segment->attachAxis(axis);
            const bool first = line->segments.isEmpty();
            line->segments.append(segment);
            const auto markers = chart->legend()->markers(segment);
            for (QLegendMarker *marker : markers) {
                marker->setVisible(first); // one legend entry per line
                if (first)
                    connect(marker, &QLegendMarker::clicked, this,
                            [this, key = incoming.key] { setLineVisible(key, !lineVisible(key)); });
            }
        }
        for (qsizetype s = 0; s < line->segments.size(); ++s) {
            QLineSeries *segment = line->segments.at(s);
            segment->replace(s < runs.size() ? runs.at(s) : QList<QPointF>{});
            segment->setVisible(line->visible && s < runs.size());
        }
        if (!line->segments.isEmpty())
            line->segments.first()->setName(incoming.label);
    }
    // Lines that are gone.
    for (const QString &key : QStringList(m_order)) {
        if (keep.contains(key))
            continue;
        Line *line = m_lines.take(key);
        for (QLineSeries *segment : std::as_const(line->segments)) {
            chart->removeSeries(segment);
            delete segment;
        }
        delete line;
        m_order.removeOne(key);
    }
    // Thousands of points: crisp lines without antialiasing keep a redraw within a frame.
    qsizetype points = 0;
    for (const Line *line : std::as_const(m_lines))
        points += line->data.times.size();
    m_view->setRenderHint(QPainter::Antialiasing, points < 6000);
    rescale();
}

void TelemetryChart::rescale() {
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    double low = 0;
    double high = 0;
    QString unit;
    for (const QString &key : std::as_const(m_order)) {
        const Line *line = m_lines.value(key);
        if (!line->visible || line->data.times.isEmpty())
            continue;
        first = std::min(first, line->data.times.constFirst());
        last = std::max(last, line->data.times.constLast());
        for (double v : line->data.values) {
            if (!std::isnan(v))
                high = std::max(high, v);
        }
        unit = line->data.unit;
    }
    QChart *chart = m_view->chart();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
            if (first <= last) {
                time->setRange(QDateTime::fromMSecsSinceEpoch(first),
                               QDateTime::fromMSecsSinceEpoch(last));
                time->setFormat(last - first > 2 * 86400000LL ? u"dd MMM"_s : u"HH:mm"_s);
            }
        } else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            values->setRange(low, high > 0 ? high * 1.1 : 1);
            values->setTitleText(unit == u"ratio"_s ? tr("share") : unit);
        }
    }
}

QList<QList<QPointF>> TelemetryChart::segments(const QString &key) const {
    QList<QList<QPointF>> result;
    if (const Line *line = m_lines.value(key)) {
        for (const QLineSeries *segment : line->segments) {
            if (segment->count() > 0)
                result.append(segment->points());
        }
    }
    return result;
}

bool TelemetryChart::lineVisible(const QString &key) const {
    const Line *line = m_lines.value(key);
    return line && line->visible;
}

void TelemetryChart::setLineVisible(const QString &key, bool visible) {
    Line *line = m_lines.value(key);
    if (!line)
        return;
    line->visible = visible;
    for (QLineSeries *segment : std::as_const(line->segments))
        segment->setVisible(visible && segment->count() > 0);
    if (!line->segments.isEmpty()) {
        // The legend entry stays, greyed, so that the line can come back.
        const auto markers = m_view->chart()->legend()->markers(line->segments.first());
        for (QLegendMarker *marker : markers) {
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlpha(visible ? 255 : 90);
            marker->setLabelBrush(label);
        }
    }
    rescale();
}

QString TelemetryChart::valuesAt(qint64 time) const {
    QStringList rows;
    QDateTime at;
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        if (!line->visible || line->data.times.isEmpty())
            continue;
        // The bucket holding `time`.
        const auto it = std::upper_bound(line->data.times.cbegin(), line->data.times.cend(), time);
        if (it == line->data.times.cbegin())
            continue;
        const qsizetype index = std::distance(line->data.times.cbegin(), it) - 1;
        at = QDateTime::fromMSecsSinceEpoch(line->data.times.at(index));
        rows.append(u"<span style='color:%1'>■</span> %2: <b>%3</b>"_s.arg(
            line->colour.name(), line->data.label.toHtmlEscaped(),
            formatValue(line->data.values.at(index), line->data.unit)));
    }
    if (rows.isEmpty())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) + u"<br>"_s
           + rows.join(u"<br>"_s);
}

QString TelemetryChart::csv() const {
    // One row per bucket, one column per line; empty where Konnect had no data.
    QList<qint64> times;
    for (const QString &key : m_order) {
        for (qint64 t : m_lines.value(key)->data.times) {
            if (!times.contains(t))
                times.append(t);
        }
    }
    std::sort(times.begin(), times.end());
    const auto quote = [](QString text) { return u'"' + text.replace(u'"', u"\"\""_s) + u'"'; };
    QString out = u"time"_s;
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        out +=
            u','
            + quote(line->data.label
                    + (line->data.unit.isEmpty() ? QString() : u" ("_s + line->data.unit + u')'));
    }
    out += u'\n';
    for (qint64 t : std::as_const(times)) {
        out += QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
        for (const QString &key : m_order) {
            const Line *line = m_lines.value(key);
            const qsizetype index = line->data.times.indexOf(t);
            out += u',';
            if (index >= 0 && !std::isnan(line->data.values.at(index)))
                out += QString::number(line->data.values.at(index), 'g', 12);
        }
        out += u'\n';
    }
    return out;
}

bool TelemetryChart::savePng(const QString &fileName, QString *error) const {
    if (m_view->grab().save(fileName, "PNG"))
        return true;
    *error = tr("Cannot write %1; choose a folder you can write to.").arg(fileName);
    return false;
}

bool TelemetryChart::saveCsv(const QString &fileName, QString *error) const {
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv().toUtf8()) < 0) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace kd
