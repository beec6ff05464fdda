#pragma once

#include <QFrame>

class QLabel;

namespace kd {

class TopologyGraph;
struct OverlayValues;

// The side panel a selection on the map opens: the group, its control plane, its cache and
// their health (from the telemetry overlay, when it is on).
class MapDetails final : public QFrame {
    Q_OBJECT
public:
    explicit MapDetails(QWidget *parent = nullptr);
    void showGroup(const TopologyGraph &graph, int group, const OverlayValues &values,
                   bool overlayOn);
    void showPlane(const TopologyGraph &graph, int plane, const OverlayValues &values,
                   bool overlayOn);
    void showCache(const TopologyGraph &graph, int cache, const OverlayValues &values,
                   bool overlayOn);
    QString text() const;

Q_SIGNALS:
    void closeRequested();

private:
    QString planeSection(const TopologyGraph &graph, int plane, const OverlayValues &values,
                         bool overlayOn) const;
    QString cacheSection(const TopologyGraph &graph, int cache, const OverlayValues &values,
                         bool overlayOn) const;
    void setContents(const QString &html);

    QLabel *m_text;
};

} // namespace kd
