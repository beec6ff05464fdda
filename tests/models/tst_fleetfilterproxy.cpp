#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/FleetTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QTest>

#include "common/FleetData.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
using test::configuration;
using test::group;

// A table that counts how often its text is read.
class CountingTable final : public QAbstractTableModel {
public:
    explicit CountingTable(int rows)
        : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override {
        if (role != Qt::DisplayRole)
            return {};
        ++textReads;
        return index.column() == 0 ? u"row-%1"_s.arg(index.row())
                                   : u"geo-%1"_s.arg(index.row() % 7);
    }
    mutable int textReads = 0;

private:
    int m_rows;
};
} // namespace

class TestFleetFilterProxy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filtersTheFleetTree() {
        FleetStore store;
        FleetTreeModel tree(&store);
        FleetFilterProxy proxy;
        proxy.setRecursiveFilteringEnabled(true); // as the gateways pane has it
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&tree);
        store.replaceControlPlanes(Geo::Us, {test::controlPlane(u"p"_s, u"prod"_s),
                                             test::controlPlane(u"s"_s, u"stage"_s)});
        QList<CloudGatewayConfiguration> configurations{
            configuration(u"p"_s, {group(u"g1"_s, u"aws"_s, u"us-east-2"_s),
                                   group(u"g2"_s, u"azure"_s, u"westeurope"_s),
                                   group(u"g3"_s, u"gcp"_s, u"us-central1"_s)}),
            configuration(u"s"_s, {group(u"g4"_s, u"aws"_s, u"us-east-2"_s, u"initializing"_s)})};
        store.replaceConfigurations(configurations);
        QCOMPARE(proxy.rowCount(), 3);

        // A word found only in a group keeps its cloud and region above it.
        proxy.setFilterText(u"initializing"_s);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex aws = proxy.index(0, 0);
        QCOMPARE(aws.data(FleetTreeModel::RawValueRole).toString(), u"AWS"_s);
        const QModelIndex ohio = proxy.index(0, 0, aws);
        QCOMPARE(proxy.rowCount(ohio), 1);
        QCOMPARE(proxy.index(0, 0, ohio).data(FleetTreeModel::GroupIdRole).toString(), u"g4"_s);

        // The tree changes under the filter: groups come, go and change state.
        configurations[1].groups.append(
            group(u"g5"_s, u"azure"_s, u"westeurope"_s, u"initializing"_s));
        store.replaceConfigurations(configurations);
        QCOMPARE(proxy.rowCount(), 2);
        configurations[1].groups[0].state = groupStateFrom(u"ready"_s);
        store.replaceConfigurations(configurations);
        QCOMPARE(proxy.rowCount(), 1);
        configurations.removeLast();
        store.replaceConfigurations(configurations);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(FleetTreeModel::RawValueRole).toString(),
                 u"Google Cloud"_s);
    }

    void idleWarmUpReadsTheTextBeforeTheFirstFilter() {
        CountingTable table(FleetFilterProxy::bulkRows + 1000);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&table);
        const int cells = table.rowCount() * table.columnCount();
        // Nothing was filtered yet; the proxy reads every row's text while the app is idle.
        QTRY_VERIFY2(table.textReads >= cells, qPrintable(QString::number(table.textReads)));
        const int warm = table.textReads;
        proxy.setFilterText(u"row-12"_s);
        QCOMPARE(table.textReads, warm);          // the filter ran on the text read while idle
        QCOMPARE(proxy.rowCount(), 1 + 10 + 100); // row-12, row-12x, row-12xx
        proxy.setFilterText(u"row-123 geo-4"_s);  // narrows: still nothing read again
        QCOMPARE(table.textReads, warm);
        QVERIFY(proxy.rowCount() > 0);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestFleetFilterProxy)
#include "tst_fleetfilterproxy.moc"
