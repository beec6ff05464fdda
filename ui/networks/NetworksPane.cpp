#include "ui/networks/NetworksPane.h"

#include "models/FleetFilterProxy.h"
#include "models/NetworkModel.h"
#include "ui/common/PaneParts.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

NetworksPane::NetworksPane(FleetStore *store, QWidget *parent)
    : Pane(parent)
    , m_model(new NetworkModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this)) {
    setObjectName(u"networksPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NetworkModel::RawValueRole);
    m_view->setObjectName(u"networksView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(NetworkModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);

    QToolBar *toolbar = makePaneToolbar(this, u"networksToolbar"_s, {}, m_proxy,
                                        tr("Filter: name, cloud, region, CIDR, state…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->resizeColumnsToContents();
        Q_EMIT badgeChanged(QString::number(m_model->rowCount()), false);
    });
}

} // namespace kd
