#include "models/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

class TestActivityModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheBoundedLog() {
        CallLog log(3);
        ActivityModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 5; ++i) {
            CallRecord record;
            record.method = "GET";
            record.path = u"/v2/control-planes?page=%1"_s.arg(i);
            record.url = u"https://eu.api.konghq.com"_s + record.path;
            record.status = i == 4 ? 0 : 200;
            record.error = i == 4 ? u"connection reset"_s : QString();
            log.record(record);
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.index(0, ActivityModel::PathColumn).data().toString(),
                 u"/v2/control-planes?page=2"_s);
        // A call with no HTTP answer names the host it tried.
        QCOMPARE(model.index(2, ActivityModel::StatusColumn).data().toString(),
                 u"failed: eu.api.konghq.com"_s);
        QCOMPARE(model.index(2, ActivityModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 u"connection reset"_s);
        QVERIFY(model.index(2, 0).data(ActivityModel::FailedRole).toBool());
        QCOMPARE(log.totalCalls(), 5ULL);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestActivityModel)
#include "tst_activitymodel.moc"
