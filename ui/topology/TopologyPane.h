#pragma once

#include "fleet/TelemetryFeed.h"
#include "models/TopologyGraph.h"
#include "ui/Pane.h"

#include <QGraphicsView>
#include <QTimer>

class QAction;
class QGraphicsScene;
class QLabel;
class QLineEdit;

namespace kd {

class FleetStore;
class EdgesItem;
class TopologyItem;

// The view of the map: wheel zooms around the cursor, dragging pans, and the level of
// detail follows the zoom (clusters far out, every group and control plane close in).
class TopologyView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);
    double zoom() const { return transform().m11(); }
    void zoomBy(double factor, QPoint anchor);
    void fit();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_fitted = false;
};

// Topology: every control plane at its Konnect geo, its data-plane groups where they really
// run, the managed caches beside them, on a world map (Natural Earth 1:110m land).
class TopologyPane final : public Pane {
    Q_OBJECT
public:
    TopologyPane(FleetStore *store, QWidget *parent = nullptr);
    ~TopologyPane() override;

    QString paneId() const override { return QStringLiteral("topology"); }
    QString title() const override { return tr("Topology"); }
    QString iconPath() const override { return QStringLiteral(":/icons/topology.svg"); }
    QList<QAction *> paneActions() const override;

    TopologyView *view() const { return m_view; }
    QGraphicsScene *scene() const { return m_scene; }
    const TopologyGraph &graph() const { return m_graph; }
    void setFilter(const TopologyGraph::Filter &filter);
    TopologyGraph::Filter filter() const { return m_filter; }
    // Selection kept in step with the inventory panes.
    void selectGroup(const QString &groupId);
    void selectControlPlane(const QString &controlPlaneId);
    QString selectedGroup() const;
    QString selectedControlPlane() const;
    // Rebuilds the scene from the store now (normally debounced after changes).
    void rebuild();
    bool exportImage(const QString &fileName, QString *error) const;
    // Telemetry overlays come from this feed (off until turned on: they cost queries).
    void setTelemetry(TelemetryFeed *feed);
    void setOverlayEnabled(bool enabled);
    // Clusters drawn open (members on their own) at the current zoom, and all of them.
    std::pair<int, int> openClusters() const;

Q_SIGNALS:
    void groupSelected(const QString &groupId);
    void overlayUpdated();
    void controlPlaneSelected(const QString &controlPlaneId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyDetail();
    void applyOverlay();
    // Members of clusters ("group", "plane") by their id.
    QString selectedMember(const QString &kind) const;
    void selectMember(const QString &kind, const QString &id);
    static bool opensAt(const TopologyItem *item, double zoom);
    static double zoomToOpen(const TopologyItem *item);
    void onSelectionChanged();
    void updateCloudFilter();
    void exportInteractively();

    FleetStore *m_store;
    TopologyGraph::Filter m_filter;
    TopologyGraph m_graph;
    QGraphicsScene *m_scene;
    TopologyView *m_view;
    QLineEdit *m_filterText;
    QList<QAction *> m_cloudActions;
    QAction *m_fit;
    QAction *m_export;
    QAction *m_overlay;
    TelemetryFeed *m_feed = nullptr;
    int m_planeStats = 0; // feed subscriptions of the overlay, 0: off
    int m_cacheStats = 0;
    QLabel *m_summary;
    QTimer m_rebuild;
    QList<TopologyItem *> m_items; // regions and sites: what changes with the zoom
    EdgesItem *m_edges = nullptr;  // owned by the scene
    bool m_selecting = false;      // set while the selection follows another pane
};

} // namespace kd
