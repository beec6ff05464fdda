#include "fleet/FleetStore.h"
#include "models/NetworkModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
Network network(const QString &id, const QString &name, const QString &region) {
    Network n;
    n.id = id;
    n.name = name;
    n.region = region;
    n.cidrBlock = u"10.0.0.0/16"_s;
    n.availabilityZones = {region + u"a"_s, region + u"b"_s};
    n.state = networkStateFrom(u"ready"_s);
    return n;
}
} // namespace

class TestNetworkModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheStoreRowByRow() {
        FleetStore store;
        NetworkModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Network> networks{network(u"n1"_s, u"ohio"_s, u"us-east-2"_s),
                                network(u"n2"_s, u"dublin"_s, u"eu-west-1"_s),
                                network(u"n3"_s, u"sydney"_s, u"ap-southeast-2"_s)};
        store.replaceNetworks(networks);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(NetworkModel::ColumnCount));
        QCOMPARE(model.index(1, NetworkModel::NameColumn).data().toString(), u"dublin"_s);
        QCOMPARE(model.index(1, 0).data(NetworkModel::IdRole).toString(), u"n2"_s);
        QCOMPARE(model.index(0, NetworkModel::CidrColumn).data().toString(), u"10.0.0.0/16"_s);

        // One network renamed: one row changes, nothing is reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        networks[2].name = u"sydney-2"_s;
        store.upsertNetwork(networks[2]);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, NetworkModel::NameColumn).data().toString(), u"sydney-2"_s);

        store.upsertNetwork(network(u"n4"_s, u"frankfurt"_s, u"eu-central-1"_s));
        QCOMPARE(model.rowCount(), 4);
        store.removeNetwork(u"n1"_s);
        QCOMPARE(model.rowCount(), 3);
        store.replaceNetworks({networks[1]});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(NetworkModel::IdRole).toString(), u"n2"_s);
        QCOMPARE(reset.size(), 0);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestNetworkModel)
#include "tst_networkmodel.moc"
