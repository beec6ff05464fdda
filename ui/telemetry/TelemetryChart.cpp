#include "ui/telemetry/TelemetryChart.h"

#include "ui/telemetry/ChartItems.h"
#include "ui/theme/ApplyTone.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
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

} // namespace

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

} // namespace kd
