#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QLabel;

namespace kd {

class ChartView;

// One line of a chart: a regular grid of buckets, NaN for a bucket Konnect did not send.
struct ChartLine {
    QString key;
    QString label;
    QString unit;
    QList<qint64> times; // ms since the epoch
    QList<double> values;
};

// Our chart widget: the only place (with this folder) that names Qt Charts types, which
// Qt deprecates from 6.10. Gaps stay gaps (a line is drawn in segments), each line has a
// hard cap on its points and is pushed with one replace() per segment, the legend toggles
// lines, a crosshair shows every value and unit under the mouse, and the chart exports as
// PNG and CSV.
class TelemetryChart final : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxLines = 12;
    static constexpr int maxPoints = 4096; // per line: a month of 10-minute buckets fits

    TelemetryChart(const QString &title, QWidget *parent = nullptr);
    ~TelemetryChart() override;

    void setLines(const QList<ChartLine> &lines);
    void setNote(const QString &note); // shown under the chart, e.g. what the data cannot say
    QString title() const { return m_title; }

    // What is drawn, for tests: the segments of a line (gaps split it), and its visibility.
    QList<QList<QPointF>> segments(const QString &key) const;
    bool lineVisible(const QString &key) const;
    void setLineVisible(const QString &key, bool visible);
    QStringList keys() const { return m_order; }
    // The crosshair's text at a time: every visible line's value and unit there.
    QString valuesAt(qint64 time) const;
    QString csv() const;
    bool savePng(const QString &fileName, QString *error) const;
    bool saveCsv(const QString &fileName, QString *error) const;
    ChartView *view() const { return m_view; }

private:
    friend class ChartView;
    struct Line;
    void rescale();

    QString m_title;
    ChartView *m_view;
    QLabel *m_note;
    QHash<QString, Line *> m_lines;
    QStringList m_order;
};

} // namespace kd
