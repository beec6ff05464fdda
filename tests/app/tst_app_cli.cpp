#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

// Runs the real konnect-desk binary the way the README and scripts do.
class TestAppCli final : public QObject {
    Q_OBJECT
private:
    static QProcessEnvironment environment(const QString &home) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        return env;
    }

    static QByteArray run(const QStringList &arguments, int *exitCode, const QString &home) {
        QProcess process;
        process.setProcessEnvironment(environment(home));
        process.start(QString::fromUtf8(KD_APP_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            *exitCode = -1;
            return {};
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

private Q_SLOTS:
    void versionAndHelp() {
        QTemporaryDir home;
        int code = -1;
        const QByteArray version = run({u"--version"_s}, &code, home.path());
        QCOMPARE(code, 0);
        QVERIFY2(version.contains("konnect-desk " KD_VERSION), version.constData());

        const QByteArray help = run({u"--help"_s}, &code, home.path());
        QCOMPARE(code, 0);
        QVERIFY(help.contains("--screenshot"));

        const QByteArray bad = run({u"--no-such-option"_s}, &code, home.path());
        QCOMPARE(code, 2);
        QVERIFY(bad.contains("no-such-option"));
    }

    void screenshotWritesAPng() {
        QTemporaryDir home;
        const QString file = home.filePath(u"shot.png"_s);
        int code = -1;
        const QByteArray output = run({u"--screenshot"_s, file}, &code, home.path());
        QVERIFY2(code == 0, output.constData());
        QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
    }

    void headlessSyncOfTheDemo() {
        QTemporaryDir home;
        int code = -1;
        const QByteArray output =
            run({u"--no-gui"_s, u"--sync"_s, u"--demo"_s, u"--json"_s}, &code, home.path());
        QVERIFY2(code == 0, output.constData());
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QCOMPARE(report.value(u"organization"_s).toString(), u"Acme Billing"_s);
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"control_planes"_s).toInt(), 3);
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"data_plane_groups"_s).toInt(), 4);
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"plugins"_s).toInt(), 8);
        QCOMPARE(report.value(u"counts"_s).toObject().value(u"partials"_s).toInt(), 2);
        QCOMPARE(report.value(u"geos"_s).toObject().size(), 7);
        QVERIFY(report.value(u"ok"_s).toBool());
        QVERIFY(!output.contains("kpat_")); // the demo token never shows
    }

    void headlessSyncFailsLoudly() {
        QTemporaryDir home;
        qputenv("KD_TEST_TOKEN", "kpat_unreachable");
        int code = -1;
        const QByteArray output =
            run({u"--no-gui"_s, u"--sync"_s, u"--token-env"_s, u"KD_TEST_TOKEN"_s,
                 u"--endpoint-template"_s, u"http://127.0.0.1:1/{geo}"_s},
                &code, home.path());
        QVERIFY(code != 0);
        QVERIFY2(output.contains("refused"), output.constData());
        QVERIFY(!output.contains("kpat_unreachable"));
        QCOMPARE(run({u"--no-gui"_s}, &code, home.path()).isEmpty(), false);
        QCOMPARE(code, 2); // --no-gui without --sync
    }

    void unknownPaneIsAnError() {
        QTemporaryDir home;
        int code = -1;
        const QByteArray output =
            run({u"--pane"_s, u"nope"_s, u"--screenshot"_s, home.filePath(u"x.png"_s)}, &code,
                home.path());
        QCOMPARE(code, 2);
        QVERIFY(output.contains("nope"));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestAppCli)
#include "tst_app_cli.moc"
