#include "models/NavigatorModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

class TestNavigatorModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sectionsAndBadges() {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSection(u"planes"_s, u"Control planes"_s, u":/icons/x.svg"_s);
        model.addSection(u"activity"_s, u"Activity"_s, u":/icons/activity.svg"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"activity"_s), 1);
        QCOMPARE(model.idAt(0), u"planes"_s);
        QCOMPARE(model.rowOf(u"missing"_s), -1);
        QCOMPARE(model.idAt(7), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setBadge(u"planes"_s, u"3 failed"_s, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data(NavigatorModel::BadgeRole).toString(), u"3 failed"_s);
        QVERIFY(model.index(0).data(NavigatorModel::ProblemRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(u"3 failed"_s));

        model.setBadge(u"planes"_s, u"3 failed"_s, true);
        QCOMPARE(changed.size(), 1);
        model.setBadge(u"missing"_s, u"x"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestNavigatorModel)
#include "tst_navigatormodel.moc"
