#include "ui/telemetry/TelemetryChart.h"

#include "models/TimeFormat.h"
#include "ui/telemetry/AxisTicks.h"
#include "ui/theme/ApplyTone.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

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
    QString number = axis::compactNumber(value, QLocale(), std::abs(value) < 10 ? 2 : 1);
    if (unit.isEmpty())
        return number;
    return number + (unit == u"%"_s ? u" %"_s : u' ' + unit);
}

// Runs of buckets with data, split at gaps.
QList<QList<QPointF>> runsOf(const ChartLine &data) {
    QList<QList<QPointF>> runs;
    QList<QPointF> run;
    for (qsizetype i = 0; i < data.times.size(); ++i) {
        const double v = data.values.at(i);
        if (std::isnan(v)) {
            if (!run.isEmpty())
                runs.append(std::exchange(run, {}));
            continue;
        }
        run.append(QPointF(static_cast<double>(data.times.at(i)), v));
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

// Rebuilds the categories only when the ticks moved: each change relays out every series.
void setTicks(QCategoryAxis *target, const axis::Axis &shown, const axis::Axis &ticks) {
    if (shown.ticks == ticks.ticks && shown.title == ticks.title) {
        target->setRange(ticks.min, ticks.max);
        return;
    }
    for (const QString &label : target->categoriesLabels())
        target->remove(label);
    // The first category starts a step before the range, so that it holds while the range
    // moves bucket by bucket.
    target->setStartValue(ticks.ticks.isEmpty()
                              ? ticks.min
                              : std::min(ticks.min, ticks.ticks.first().value - ticks.step));
    QStringList used;
    for (const axis::Tick &tick : ticks.ticks) {
        // Category labels must be unique: 17:00 can come twice in a day and a bit.
        QString label = tick.label;
        while (used.contains(label))
            label += QChar(0x200B);
        used.append(label);
        target->append(label, tick.value);
    }
    target->setRange(ticks.min, ticks.max);
    target->setTitleText(ticks.title);
}
} // namespace

// The series only carries the line's legend entry and colour; the points are drawn by the
// plot item, because Qt Charts recomputes a stroke of every point on any change (≈ 27 ms a
// chart of 12 × 1,440 points).
struct TelemetryChart::Line {
    ChartLine data;
    QColor colour;
    bool visible = true;
    QLineSeries *legend = nullptr;
    QList<QList<QPointF>> runs; // runs of buckets between gaps
};

// Draws every visible line's runs in the plot area as polylines, mapped at paint time: a new
// bucket costs an update(), not a relayout.
class PlotItem final : public QGraphicsItem {
public:
    PlotItem(QChart *chart, const TelemetryChart *owner)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_owner(owner) {
        setZValue(10);
        setFlag(ItemHasNoContents, false);
    }
    void setRanges(double xMin, double xMax, double yMin, double yMax) {
        m_x = {xMin, xMax};
        m_y = {yMin, yMax};
        update();
    }
    void plotMoved() {
        prepareGeometryChange();
        m_plot = m_chart->plotArea();
    }
    QRectF boundingRect() const override { return m_plot; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        if (m_plot.isEmpty() || m_x.second <= m_x.first || m_y.second <= m_y.first)
            return;
        painter->save();
        painter->setClipRect(m_plot.adjusted(-1, -2, 1, 2));
        const double sx = m_plot.width() / (m_x.second - m_x.first);
        const double sy = m_plot.height() / (m_y.second - m_y.first);
        QPolygonF polyline;
        // Thousands of points: one-pixel lines skip the stroker and keep a redraw in a frame.
        const bool many = painter->renderHints().testFlag(QPainter::Antialiasing) == false;
        for (const TelemetryChart::Line *line : m_owner->drawOrder()) {
            QPen pen(line->colour, many ? 1 : 1.6);
            pen.setCosmetic(many);
            painter->setPen(pen);
            for (const QList<QPointF> &run : line->runs) {
                polyline.resize(run.size());
                for (qsizetype i = 0; i < run.size(); ++i)
                    polyline[i] = QPointF(m_plot.left() + (run.at(i).x() - m_x.first) * sx,
                                          m_plot.bottom() - (run.at(i).y() - m_y.first) * sy);
                if (polyline.size() == 1)
                    painter->drawEllipse(polyline.first(), 1.5, 1.5); // a lone bucket between gaps
                else
                    painter->drawPolyline(polyline);
            }
        }
        painter->restore();
    }

private:
    QChart *m_chart;
    const TelemetryChart *m_owner;
    QRectF m_plot;
    std::pair<double, double> m_x{0, 1};
    std::pair<double, double> m_y{0, 1};
};

class ChartView final : public QChartView {
public:
    ChartView(QChart *chart, TelemetryChart *owner)
        : QChartView(chart)
        , m_owner(owner)
        , m_cross(new QGraphicsLineItem(chart)) {
        setRenderHint(QPainter::Antialiasing);
        setMouseTracking(true);
        QColor cross = palette().color(QPalette::Text);
        cross.setAlpha(90);
        m_cross->setPen(QPen(cross, 1, Qt::DashLine));
        m_cross->setZValue(20);
        m_cross->hide();
    }
    axis::Axis timeTicks;
    axis::Axis valueTicks;

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
    void resizeEvent(QResizeEvent *event) override {
        QChartView::resizeEvent(event);
        m_owner->placeState();
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
    for (const Qt::Alignment side : {Qt::AlignBottom, Qt::AlignLeft}) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false); // "2,500" must never read "…"

        QFont titleFont = axis->titleFont();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
        titleFont.setBold(false);
        axis->setTitleFont(titleFont);
        chart->addAxis(axis, side);
    }
    m_view = new ChartView(chart, this);
    m_view->setMinimumHeight(220);
    m_plot = new PlotItem(chart, this);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        m_plot->plotMoved();
        placeState();
    });
    m_stateLabel = new QLabel(m_view);
    m_stateLabel->setObjectName(u"chartState"_s);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_note->setWordWrap(true);
    applyTone(m_note, Tone::Muted);
    m_note->hide();
    setAccessibleName(title);
    setAccessibleDescription(
        tr("Chart of %1 over time; its values are in the exported CSV").arg(title));
    applyPalette();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    setState(State::Loading);
    rescale();
}

void TelemetryChart::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TelemetryChart::applyPalette() {
    const QPalette p = palette();
    QChart *chart = m_view->chart();
    chart->setBackgroundBrush(p.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(p.text());
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    m_view->setBackgroundBrush(p.base());
}

TelemetryChart::~TelemetryChart() {
    qDeleteAll(m_lines);
}

void TelemetryChart::setNote(const QString &note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void TelemetryChart::setContext(const QString &scope, const QString &range) {
    m_scope = scope;
    m_range = range;
}

void TelemetryChart::setState(State state, const QString &text) {
    m_state = state;
    m_stateText = text;
    const QString shown = stateText();
    m_stateLabel->setText(shown);
    m_stateLabel->setVisible(!shown.isEmpty());
    // An error in red; waiting and loading in grey; "no traffic" plainly.
    const QString colour = state == State::Failed ? u"#a40000"_s : u"#444"_s;
    m_stateLabel->setStyleSheet(
        u"QLabel{color:%1;background:rgba(255,255,255,225);border:1px solid #ccc;"
        "border-radius:4px;padding:8px;}"_s.arg(colour));
    placeState();
}

QString TelemetryChart::stateText() const {
    switch (m_state) {
    case State::Loading:
        return tr("Loading…");
    case State::Waiting:
        return m_stateText.isEmpty() ? tr("Waiting for the analytics budget") : m_stateText;
    case State::NoTraffic:
        return tr("No traffic in this range");
    case State::Failed:
        return m_stateText;
    case State::Ready:
        return {};
    }
    return {};
}

void TelemetryChart::placeState() {
    if (!m_stateLabel->isVisible() && m_state == State::Ready)
        return;
    const QRectF plot = m_view->chart()->plotArea();
    const QRect area = plot.isValid() ? m_view->mapFromScene(plot).boundingRect() : m_view->rect();
    const int width = std::min(area.width() - 16, 420);
    m_stateLabel->setFixedWidth(std::max(120, width));
    m_stateLabel->adjustSize();
    m_stateLabel->move(area.center() - m_stateLabel->rect().center());
    m_stateLabel->raise();
}

void TelemetryChart::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    placeState();
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
        line->runs = runsOf(line->data);
        if (!line->legend) {
            line->legend = new QLineSeries;
            line->legend->setPen(QPen(line->colour, 1.6));
            chart->addSeries(line->legend);
            for (QAbstractAxis *axis : chart->axes())
                line->legend->attachAxis(axis);
            const auto markers = chart->legend()->markers(line->legend);
            for (QLegendMarker *marker : markers)
                connect(marker, &QLegendMarker::clicked, this,
                        [this, key = incoming.key] { setLineVisible(key, !lineVisible(key)); });
        }
        if (line->legend->name() != incoming.label)
            line->legend->setName(incoming.label);
    }
    // Lines that are gone.
    for (const QString &key : QStringList(m_order)) {
        if (keep.contains(key))
            continue;
        Line *line = m_lines.take(key);
        chart->removeSeries(line->legend);
        delete line->legend;
        delete line;
        m_order.removeOne(key);
    }
    // Thousands of points: crisp lines without antialiasing keep a redraw within a frame.
    qsizetype points = 0;
    for (const Line *line : std::as_const(m_lines))
        points += line->data.times.size();
    m_view->setRenderHint(QPainter::Antialiasing, points < 6000);
    rescale();
    m_plot->update();
}

void TelemetryChart::rescale() {
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    double low = 0;
    double high = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    for (const QString &key : std::as_const(m_order)) {
        const Line *line = m_lines.value(key);
        if (line->data.times.isEmpty())
            continue;
        first = std::min(first, line->data.times.constFirst());
        last = std::max(last, line->data.times.constLast());
        if (unit.isEmpty())
            unit = line->data.unit;
        if (!line->visible)
            continue;
        for (double v : line->data.values) {
            if (!std::isnan(v)) {
                high = std::isnan(high) ? v : std::max(high, v);
                low = std::min(low, v);
            }
        }
    }
    if (first > last) { // nothing yet: the last hour, so that the axes are not empty
        last = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
        first = last - 3600000;
    }
    auto *view = static_cast<ChartView *>(m_view);
    const axis::Axis time = axis::timeAxis(first, last);
    axis::Axis values = axis::valueAxis(low, std::isnan(high) ? low : high, unit);
    if (unit == u"%"_s && values.max > 100 && !std::isnan(high) && high <= 100)
        values = axis::valueAxis(low, 100, unit);
    const auto axes = m_view->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        if (!categories)
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        axis::Axis &shown = horizontal ? view->timeTicks : view->valueTicks;
        const axis::Axis &next = horizontal ? time : values;
        if (shown == next)
            continue;
        setTicks(categories, shown, next);
        shown = next;
        if (!horizontal) // no data: no numbers, so that nothing never reads as zero
            categories->setLabelsVisible(!std::isnan(high));
    }
    m_plot->setRanges(view->timeTicks.min, view->timeTicks.max, view->valueTicks.min,
                      view->valueTicks.max);
    placeState();
}

QStringList TelemetryChart::timeLabels() const {
    QStringList labels;
    for (const axis::Tick &tick : static_cast<ChartView *>(m_view)->timeTicks.ticks)
        labels.append(tick.label);
    return labels;
}

QStringList TelemetryChart::valueLabels() const {
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    if (axes.isEmpty() || !axes.first()->labelsVisible())
        return {};
    QStringList labels;
    for (const axis::Tick &tick : static_cast<ChartView *>(m_view)->valueTicks.ticks)
        labels.append(tick.label);
    return labels;
}

QString TelemetryChart::timeTitle() const {
    return static_cast<ChartView *>(m_view)->timeTicks.title;
}

QString TelemetryChart::valueTitle() const {
    return static_cast<ChartView *>(m_view)->valueTicks.title;
}

QList<QList<QPointF>> TelemetryChart::segments(const QString &key) const {
    const Line *line = m_lines.value(key);
    return line ? line->runs : QList<QList<QPointF>>{};
}

QList<const TelemetryChart::Line *> TelemetryChart::drawOrder() const {
    QList<const Line *> lines;
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        if (line->visible)
            lines.append(line);
    }
    return lines;
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
    // The legend entry stays, greyed, so that the line can come back.
    const auto markers = m_view->chart()->legend()->markers(line->legend);
    for (QLegendMarker *marker : markers) {
        QColor label = marker->labelBrush().color();
        label.setAlpha(visible ? 255 : 90);
        marker->setLabelBrush(label);
    }
    rescale();
    m_plot->update();
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
    return timeformat::dateTime(at) + u"<br>"_s + rows.join(u"<br>"_s);
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
    const QDateTime reference = times.isEmpty() ? QDateTime::currentDateTime()
                                                : QDateTime::fromMSecsSinceEpoch(times.first());
    QString out = quote(tr("time (%1)").arg(timeformat::zoneName(reference)));
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        out +=
            u','
            + quote(line->data.label
                    + (line->data.unit.isEmpty() ? QString() : u" ("_s + line->data.unit + u')'));
    }
    out += u'\n';
    for (qint64 t : std::as_const(times)) {
        out += timeformat::iso(QDateTime::fromMSecsSinceEpoch(t));
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

QImage TelemetryChart::image(qreal scale) const {
    // A header with what the chart shows, then the chart with its axes and legend, drawn
    // as vectors at `scale` so that it stays sharp in a document.
    const QSize chartSize = m_view->size();
    const int header = 44;
    QImage image(QSize(chartSize.width(), chartSize.height() + header) * scale,
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 4, chartSize.width() - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title);
    painter.setFont(font());
    painter.setPen(QColor(0x44, 0x44, 0x44));
    QStringList context;
    for (const QString &part : {m_scope, m_range})
        if (!part.isEmpty())
            context.append(part);
    context.append(tr("exported %1").arg(timeformat::dateTime(QDateTime::currentDateTime())));
    painter.drawText(QRect(10, 24, chartSize.width() - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     context.join(u" · "_s));
    m_view->render(&painter, QRectF(0, header, chartSize.width(), chartSize.height()));
    return image;
}

bool TelemetryChart::savePng(const QString &fileName, QString *error) const {
    if (image(2).save(fileName, "PNG"))
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
