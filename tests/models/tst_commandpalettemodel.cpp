#include "fleet/FleetStore.h"
#include "models/CommandPaletteModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
ControlPlane plane(const QString &id, const QString &name, const QString &env) {
    ControlPlane p;
    p.id = id;
    p.name = name;
    p.geo = Geo::Us;
    p.labels = {{u"env"_s, env}};
    return p;
}

Plugin plugin(const QString &id, const QString &name, const QString &instance, const QString &cp) {
    Plugin p;
    p.id = id;
    p.name = name;
    p.instanceName = instance;
    p.controlPlaneId = cp;
    p.geo = Geo::Us;
    return p;
}

QList<CommandEntry> actions() {
    return {
        {CommandEntry::Kind::Action, u"New control plane"_s, u"Control planes · Ctrl+N"_s, u"0"_s},
        {CommandEntry::Kind::Action, u"Refresh"_s, u"Control planes · F5"_s, u"1"_s},
        {CommandEntry::Kind::Action, u"Quit"_s, u"File · Ctrl+Q"_s, u"2"_s}};
}

QStringList titles(const CommandPaletteModel &model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

void fill(FleetStore &store) {
    store.replaceControlPlanes(Geo::Us, {plane(u"cp1"_s, u"prod-billing"_s, u"prod"_s),
                                         plane(u"cp2"_s, u"staging-billing"_s, u"staging"_s)});
    store.replaceCoreEntitiesOf(
        u"cp1"_s, {},
        {plugin(u"p1"_s, u"rate-limiting-advanced"_s, u"rla-prod"_s, u"cp1"_s),
         plugin(u"p2"_s, u"key-auth"_s, QString(), u"cp1"_s)});
    store.replaceCoreEntitiesOf(
        u"cp2"_s, {}, {plugin(u"p3"_s, u"rate-limiting-advanced"_s, u"rla-staging"_s, u"cp2"_s)});
}
} // namespace

class TestCommandPaletteModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingTypedListsTheActionsInMenuOrder() {
        FleetStore store;
        fill(store);
        CommandPaletteModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(actions());
        model.refreshIndex();
        model.setQuery({});
        QCOMPARE(titles(model), QStringList({u"New control plane"_s, u"Refresh"_s, u"Quit"_s}));
        // Two planes, three plugins and three actions can be found.
        QCOMPARE(model.searchableCount(), 8);
    }

    void aTitleHitRanksAboveADetailHit() {
        FleetStore store;
        fill(store);
        CommandPaletteModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refreshIndex();
        // "prod" is the start of one plane's name and only in the detail of its plugins.
        model.setQuery(u"prod"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"prod-billing"_s);
        QCOMPARE(model.index(0, 0).data(CommandPaletteModel::KindRole).toInt(),
                 int(CommandEntry::Kind::ControlPlane));
        QCOMPARE(model.index(0, 0).data(CommandPaletteModel::IdRole).toString(), u"cp1"_s);
        QVERIFY(titles(model).contains(u"rla-prod (rate-limiting-advanced)"_s));
        QVERIFY(!titles(model).contains(u"staging-billing"_s));
    }

    void wordsNarrowAndLettersMayBeScatteredInTheTitle() {
        FleetStore store;
        fill(store);
        CommandPaletteModel model(&store);
        model.refreshIndex();
        model.setQuery(u"rate staging"_s);
        QCOMPARE(titles(model), QStringList({u"rla-staging (rate-limiting-advanced)"_s}));
        model.setQuery(u"rlastg"_s);
        QCOMPARE(titles(model), QStringList({u"rla-staging (rate-limiting-advanced)"_s}));
        // Letters scattered over the detail do not count: any long detail would match.
        model.setQuery(u"usbl"_s);
        QCOMPARE(model.matchCount(), 0);
        model.setQuery(u"KEY-AUTH"_s);
        QCOMPARE(titles(model), QStringList({u"key-auth"_s}));
    }

    void typingLetterByLetterFindsWhatAFreshSearchFinds() {
        FleetStore store;
        fill(store);
        CommandPaletteModel typed(&store);
        typed.refreshIndex();
        const QString query = u"rla prod"_s;
        for (qsizetype length = 1; length <= query.size(); ++length) {
            typed.setQuery(query.first(length));
            CommandPaletteModel fresh(&store);
            fresh.refreshIndex();
            fresh.setQuery(query.first(length));
            QCOMPARE(titles(typed), titles(fresh));
        }
        // Deleting a letter widens again.
        typed.setQuery(u"rla"_s);
        QCOMPARE(typed.matchCount(), 2);
    }

    void theIndexFollowsTheStoreWhenThePaletteOpens() {
        FleetStore store;
        fill(store);
        CommandPaletteModel model(&store);
        model.refreshIndex();
        model.setQuery(u"payments"_s);
        QCOMPARE(model.matchCount(), 0);
        store.replaceControlPlanes(Geo::Eu, {plane(u"cp9"_s, u"payments"_s, u"prod"_s)});
        model.refreshIndex();
        model.setQuery(u"payments"_s);
        QCOMPARE(titles(model), QStringList({u"payments"_s}));
        store.removeControlPlane(u"cp9"_s);
        model.refreshIndex();
        model.setQuery(u"payments"_s);
        QCOMPARE(model.matchCount(), 0);
    }

    void theIndexIsBuiltInSlicesWhileIdle() {
        FleetStore store;
        fill(store);
        CommandPaletteModel model(&store);
        QTRY_VERIFY(model.indexCurrent());
        QList<Plugin> many;
        for (int i = 0; i < 3 * int(CommandPaletteModel::sliceEntries); ++i)
            many.append(plugin(u"q%1"_s.arg(i), u"cors"_s, u"cors-%1"_s.arg(i), u"cp2"_s));
        store.replaceCoreEntitiesOf(u"cp2"_s, {}, many);
        QVERIFY(!model.indexCurrent());
        // Nobody opened the palette: the index catches up by itself, a slice per turn of the
        // event loop, without refreshIndex() doing the work when Ctrl+K is pressed.
        QTRY_VERIFY(model.indexCurrent());
        model.setQuery(u"cors-11999"_s);
        QCOMPARE(titles(model), QStringList({u"cors-11999 (cors)"_s}));
    }

    void atMostFiftyRowsButEveryMatchCounted() {
        FleetStore store;
        store.replaceControlPlanes(Geo::Us, {plane(u"cp1"_s, u"prod"_s, u"prod"_s)});
        QList<Plugin> many;
        for (int i = 0; i < 120; ++i)
            many.append(plugin(u"p%1"_s.arg(i), u"cors"_s, u"cors-%1"_s.arg(i), u"cp1"_s));
        store.replaceCoreEntitiesOf(u"cp1"_s, {}, many);
        CommandPaletteModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refreshIndex();
        model.setQuery(u"cors"_s);
        QCOMPARE(model.rowCount(), int(CommandPaletteModel::maxRows));
        QCOMPARE(model.matchCount(), 120);
        // Equal scores keep the store's order.
        QCOMPARE(model.index(0, 0).data().toString(), u"cors-0 (cors)"_s);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestCommandPaletteModel)
#include "tst_commandpalettemodel.moc"
