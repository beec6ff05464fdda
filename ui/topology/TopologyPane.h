#pragma once

#include "fleet/advisor/Finding.h"
#include "models/TopologyGraph.h"
#include "ui/Pane.h"
#include "ui/topology/MapFindings.h"
#include "ui/topology/TopologyView.h"

#include <QElapsedTimer>
#include <QTimer>

class QAction;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QToolBar;

namespace kd {

class AdvisorSummary;
class ClusterItem;
class EdgesItem;
class FleetStore;
class MapDetails;
class MapLegend;
class TelemetryFeed;
class TelemetryOverlay;

// Topology: every control plane at its Konnect geo, its data-plane groups where they really
// run, the managed caches beside them, on a world map; a legend over it, the details of the
// selection beside it.
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
    // The map as shown, with a title and the legend.
    bool exportImage(const QString &fileName, QString *error) const;
    // Telemetry overlays come from this feed (off until turned on: they cost queries).
    void setTelemetry(TelemetryFeed *feed);
    void setOverlayEnabled(bool enabled);
    // The advisor's open findings: counted by severity over the map, marked on the sites,
    // regions, control planes, groups and caches they name.
    void setFindings(const QList<advisor::Finding> &findings);
    // Whether findings are still being marked (a few milliseconds a pass).
    bool markingFindings() const { return m_marking.isActive(); }
    // Clusters drawn open (members on their own) at the current zoom, and all of them.
    std::pair<int, int> openClusters() const;

Q_SIGNALS:
    void groupSelected(const QString &groupId);
    void overlayUpdated();
    void controlPlaneSelected(const QString &controlPlaneId);
    // The findings' summary over the map was clicked.
    void advisorRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolbar(QToolBar *toolbar);
    void applyDetail();
    void applyOverlay();
    void updateDetails();
    void updateSummary();
    void placeLegend();
    void applyFindings();
    void markSome(const QElapsedTimer &elapsed, bool first);
    QGraphicsItem *findMember(int type, const QString &id) const;
    void selectMember(int type, const QString &id);
    static bool opensAt(const ClusterItem *item, double zoom);
    static double zoomToOpen(const ClusterItem *item);
    void onSelectionChanged();
    void updateCloudFilter();
    void exportInteractively();
    QString exportTitle() const;
    static QString defaultExportName();

    FleetStore *m_store;
    TopologyGraph::Filter m_filter;
    TopologyGraph m_graph;
    QGraphicsScene *m_scene;
    TopologyView *m_view;
    MapLegend *m_legend;
    MapDetails *m_details;
    TelemetryOverlay *m_overlay;
    QLineEdit *m_filterText;
    QList<QAction *> m_cloudActions;
    QAction *m_fit;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_export;
    QAction *m_overlayAction;
    QLabel *m_summary;
    AdvisorSummary *m_advisorSummary;
    QList<advisor::Finding> m_findings;
    bool m_findingsStale = false; // marked on the map when it is next shown
    mapfindings::Marks m_marks;
    qsizetype m_markNext = 0; // the next cluster to mark
    QTimer m_marking;         // thousands of items: marked a few milliseconds at a time
    QTimer m_rebuild;
    QList<ClusterItem *> m_items; // regions and sites: what changes with the zoom
    EdgesItem *m_edges = nullptr; // owned by the scene
    bool m_selecting = false;     // set while the selection follows another pane
};

} // namespace kd
