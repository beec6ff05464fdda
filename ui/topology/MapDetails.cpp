#include "ui/topology/MapDetails.h"

#include "models/TopologyGraph.h"
#include "ui/topology/TelemetryOverlay.h"

#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr int panelWidth = 300;

QString row(const QString &name, const QString &value) {
    return u"<tr><td style='padding-right:8px'>%1</td><td>%2</td></tr>"_s.arg(name, value);
}

QString heading(const QString &text) {
    return u"<h3 style='margin:8px 0 2px 0'>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString coloured(const QString &text, Health health) {
    return u"<span style='color:%1'><b>%2</b></span>"_s.arg(MapPalette::health(health).name(),
                                                            text.toHtmlEscaped());
}
} // namespace

MapDetails::MapDetails(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this)) {
    setObjectName(u"topologyDetails"_s);
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(panelWidth);
    m_text->setObjectName(u"topologyDetailsText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(u"closeTopologyDetails"_s);
    close->setAutoRaise(true);
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the details"));
    connect(close, &QToolButton::clicked, this, &MapDetails::closeRequested);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(close);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

QString MapDetails::text() const {
    return m_text->text();
}

void MapDetails::setContents(const QString &html) {
    m_text->setText(html);
}

QString MapDetails::planeSection(const TopologyGraph &graph, int index, const OverlayValues &values,
                                 bool overlayOn) const {
    const TopologyGraph::Plane &plane = graph.planes().at(index);
    QString html = heading(tr("Control plane %1").arg(plane.name)) + u"<table>"_s;
    html += row(tr("Konnect geo"), geoId(plane.geo).toUpper());
    html += row(tr("Groups"),
                tr("%n data-plane groups", nullptr, static_cast<int>(plane.groups.size())));
    const auto stats = values.planes.constFind(plane.id);
    if (stats != values.planes.cend()) {
        const auto number = [](double value, int decimals) {
            return std::isnan(value) ? u"–"_s : QString::number(value, 'f', decimals);
        };
        html += row(tr("p95 latency"), coloured(tr("%1 ms").arg(number(stats->p95Ms, 0)),
                                                latencyHealth(stats->p95Ms)));
        html += row(tr("Errors"), coloured(tr("%1 %").arg(number(stats->errorPercent, 1)),
                                           errorHealth(stats->errorPercent)));
    } else {
        html += row(tr("Health"), overlayOn ? tr("no traffic in the last bucket yet")
                                            : tr("turn on the telemetry overlay to see it"));
    }
    return html + u"</table>"_s;
}

QString MapDetails::cacheSection(const TopologyGraph &graph, int index, const OverlayValues &values,
                                 bool overlayOn) const {
    if (index < 0)
        return heading(tr("Managed cache")) + tr("None serves this group.").toHtmlEscaped();
    const TopologyGraph::Cache &cache = graph.caches().at(index);
    QString html = heading(tr("Managed cache %1").arg(cache.name)) + u"<table>"_s;
    html += row(tr("Tier"), cache.tier.toHtmlEscaped());
    html += row(tr("State"), cache.stateText.toHtmlEscaped());
    const double memory = values.cacheMemory(graph, index);
    html += row(tr("Memory"), !std::isnan(memory) ? coloured(tr("%1 %").arg(memory, 0, 'f', 0),
                                                             memoryHealth(memory))
                              : overlayOn         ? tr("no data yet")
                                                  : tr("turn on the telemetry overlay to see it"));
    return html + u"</table>"_s;
}

void MapDetails::showGroup(const TopologyGraph &graph, int index, const OverlayValues &values,
                           bool overlayOn) {
    const TopologyGraph::Group &group = graph.groups().at(index);
    const TopologyGraph::Region &region = graph.regions().at(group.region);
    QString html = heading(tr("Data-plane group")) + u"<table>"_s;
    html += row(tr("Cloud"), providerDisplayName(group.provider).toHtmlEscaped());
    html +=
        row(tr("Region"), region.place.city.isEmpty()
                              ? region.name.toHtmlEscaped()
                              : tr("%1 (%2)").arg(region.name, region.place.city).toHtmlEscaped());
    html += row(tr("State"), group.stateText.toHtmlEscaped());
    html += row(tr("Id"), group.id.toHtmlEscaped());
    html += u"</table>"_s;
    for (const QString &problem : group.problems)
        html += u"<p style='color:%1'>⚠ %2</p>"_s.arg(MapPalette::health(Health::Bad).name(),
                                                      problem.toHtmlEscaped());
    html += planeSection(graph, group.plane, values, overlayOn);
    html += cacheSection(graph, group.cache, values, overlayOn);
    setContents(html);
}

void MapDetails::showPlane(const TopologyGraph &graph, int plane, const OverlayValues &values,
                           bool overlayOn) {
    setContents(planeSection(graph, plane, values, overlayOn));
}

void MapDetails::showCache(const TopologyGraph &graph, int cache, const OverlayValues &values,
                           bool overlayOn) {
    const int plane = graph.planeIndex(graph.caches().at(cache).ownerId);
    setContents(cacheSection(graph, cache, values, overlayOn)
                + (plane >= 0 ? planeSection(graph, plane, values, overlayOn) : QString()));
}

} // namespace kd
