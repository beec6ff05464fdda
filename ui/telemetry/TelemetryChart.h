#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QLabel;

namespace kd {

class ChartView;
class PlotItem;

// One line of a chart: a regular grid of buckets, NaN for a bucket Konnect did not send.
struct ChartLine {
    QString key;
    QString label;
    QString unit;        // for people, written once on the axis: "ms", "%", "requests/min"
    QList<qint64> times; // ms since the epoch
    QList<double> values;
};

// Our chart widget: the only place (with this folder) that names Qt Charts types, which
// Qt deprecates from 6.10. A time axis in local time and a value axis with round ticks and
// the unit; gaps stay gaps (a line is drawn in segments); a new bucket is appended to the
// segments, not redrawn; states (loading, waiting, no traffic, error) are drawn inside the
// plot so that nothing never looks like zero; the legend toggles lines, a crosshair shows
// every value under the mouse, and the chart exports as PNG and CSV.
class TelemetryChart final : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxLines = 12;
    static constexpr int maxPoints = 4096; // per line: a month of 10-minute buckets fits

    enum class State { Loading, Waiting, NoTraffic, Failed, Ready };
    Q_ENUM(State)

    TelemetryChart(const QString &title, QWidget *parent = nullptr);
    ~TelemetryChart() override;

    void setLines(const QList<ChartLine> &lines);
    void setNote(const QString &note); // shown under the chart, e.g. what the data cannot say
    // What the plot says instead of data; Ready shows the lines. `text` is for Waiting and
    // Failed (until when, what happened and what to do).
    void setState(State state, const QString &text = {});
    State state() const { return m_state; }
    QString stateText() const; // what the plot says now, empty when Ready
    QString title() const { return m_title; }
    // Scope and range, written on exports.
    void setContext(const QString &scope, const QString &range);

    // What is drawn, for tests: the segments of a line (gaps split it), and its visibility.
    QList<QList<QPointF>> segments(const QString &key) const;
    bool lineVisible(const QString &key) const;
    void setLineVisible(const QString &key, bool visible);
    QStringList keys() const { return m_order; }
    // The labels of the time and value axes as drawn.
    QStringList timeLabels() const;
    QStringList valueLabels() const;
    QString timeTitle() const;
    QString valueTitle() const;
    // The crosshair's text at a time: every visible line's value and unit there.
    QString valuesAt(qint64 time) const;
    QString csv() const;
    // The chart with title, scope, range, axes and legend, at `scale` times the screen's.
    QImage image(qreal scale = 2) const;
    bool savePng(const QString &fileName, QString *error) const;
    bool saveCsv(const QString &fileName, QString *error) const;
    ChartView *view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Background, text, axes and grid from the palette: no white box in dark mode.
    void applyPalette();
    friend class ChartView;
    friend class PlotItem;
    struct Line;
    QList<const Line *> drawOrder() const;
    void rescale();
    void placeState();

    QString m_title;
    QString m_scope;
    QString m_range;
    ChartView *m_view;
    PlotItem *m_plot;
    QLabel *m_note;
    QLabel *m_stateLabel;
    State m_state = State::Loading;
    QString m_stateText;
    QHash<QString, Line *> m_lines;
    QStringList m_order;
};

} // namespace kd
