#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"

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

    // No window system at all: what a terminal on a server has.
    static QProcessEnvironment withoutDisplay(const QString &home) {
        QProcessEnvironment env = environment(home);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        return env;
    }

    struct Run {
        int exitCode = -1; // -1 when it crashed or hung
        QByteArray out;
        QByteArray err;
    };

    // The event loop keeps running meanwhile, so a simulator in this process answers.
    static Run runWith(const QStringList &arguments, const QProcessEnvironment &env) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(KD_APP_BINARY), arguments);
        Run result;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray run(const QStringList &arguments, int *exitCode, const QString &home) {
        const Run result = runWith(arguments, environment(home));
        *exitCode = result.exitCode;
        return result.out + result.err;
    }

    // `konnect-desk --no-gui --sync --json …` printed exactly one JSON object saying it failed.
    static QJsonObject failure(const QStringList &arguments, const QProcessEnvironment &env,
                               int exitCode) {
        const Run result = runWith(arguments, env);
        const QByteArray output = result.out + result.err;
        if (result.exitCode != exitCode) {
            qWarning("exit code %d, not %d: %s", result.exitCode, exitCode, output.constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            qWarning("stdout is not one JSON object (%s): %s", qPrintable(error.errorString()),
                     result.out.constData());
            return {};
        }
        const QJsonObject report = json.object();
        const QJsonObject problem = report.value(u"error"_s).toObject();
        if (report.value(u"ok"_s) != QJsonValue(false)
            || report.value(u"exit_code"_s).toInt() != exitCode
            || problem.value(u"message"_s).toString().isEmpty()) {
            qWarning("not a failure report: %s", result.out.constData());
            return {};
        }
        if (!result.err.contains(problem.value(u"message"_s).toString().toUtf8())) {
            qWarning("stderr lacks the message: %s", result.err.constData());
            return {};
        }
        return problem;
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
        QVERIFY(help.contains("--advise"));

        const QByteArray bad = run({u"--no-such-option"_s}, &code, home.path());
        QCOMPARE(code, 2);
        QVERIFY(bad.contains("no-such-option"));
    }

    void versionAndHelpWithoutADisplay() {
        QTemporaryDir home;
        const QProcessEnvironment env = withoutDisplay(home.path());
        const Run version = runWith({u"--version"_s}, env);
        QVERIFY2(version.exitCode == 0, version.err.constData());
        QVERIFY2(version.out.contains("konnect-desk " KD_VERSION), version.out.constData());
        for (const QString &flag : {u"--help"_s, u"-h"_s}) {
            const Run help = runWith({flag}, env);
            QVERIFY2(help.exitCode == 0, help.err.constData());
            QVERIFY(help.out.contains("--screenshot"));
            QVERIFY(help.out.contains("--no-gui"));
        }
        // The window system's own options still do not read as -r -e -v.
        const Run reverse = runWith({u"-reverse"_s, u"--help"_s}, env);
        QVERIFY2(reverse.exitCode == 0, reverse.err.constData());
        QVERIFY(reverse.out.contains("--screenshot"));
    }

    void everyEarlyExitWithoutADisplay() {
        QTemporaryDir home;
        const QProcessEnvironment env = withoutDisplay(home.path());
        const Run all = runWith({u"--help-all"_s}, env);
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY(all.out.contains("--screenshot"));
        QVERIFY2(!all.out.contains("<executable_name>"), all.out.constData());

        const Run unknown = runWith({u"--no-such-option"_s}, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no-such-option"), unknown.err.constData());

        // An unknown pane lists the valid ones, before any window exists.
        const Run pane = runWith({u"--pane"_s, u"foo"_s}, env);
        QCOMPARE(pane.exitCode, 2);
        QVERIFY2(pane.err.contains("\"foo\""), pane.err.constData());
        for (const char *id : {"control-planes", "gateways", "networks", "caches", "partials",
                               "plugins", "topology", "telemetry", "activity"})
            QVERIFY2(pane.err.contains(id), pane.err.constData());
    }

    // How much of the picture is not its most common colour, and how many colours it has.
    static std::pair<double, int> contentOf(const QImage &image) {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                ++counts[image.pixel(x, y)];
        }
        int most = 0;
        int total = 0;
        for (const int count : std::as_const(counts)) {
            most = std::max(most, count);
            total += count;
        }
        return {1.0 - double(most) / std::max(total, 1), int(counts.size())};
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
        // Not a blank window: menus, navigator, the pane and the sign-in dialog over it.
        const auto [covered, colours] = contentOf(image);
        QVERIFY2(covered > 0.05, qPrintable(QString::number(covered)));
        QVERIFY2(colours > 40, qPrintable(QString::number(colours)));
        // The sign-in dialog is in the picture, where the window shows it.
        const QImage middle = image.copy(image.width() / 4, image.height() / 4, image.width() / 2,
                                         image.height() / 2);
        QVERIFY2(contentOf(middle).second > 20, "no dialog in the middle of the window");
        image.save(QStringLiteral(KD_SHOT_DIR "/app-signin.png"));
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
        for (const char *pane : {"control-planes", "gateways", "networks", "caches", "partials",
                                 "plugins", "topology", "telemetry", "activity"})
            QVERIFY2(output.contains(pane), output.constData());
    }

    void jsonWhenSignInFails() {
        QTemporaryDir home;
        const auto sim = test::startSim(u"kpat_right"_s);
        QProcessEnvironment env = environment(home.path());
        env.insert(u"KD_TEST_TOKEN"_s, u"kpat_wrong"_s);
        const QStringList headless{u"--no-gui"_s,    u"--sync"_s,        u"--json"_s,
                                   u"--token-env"_s, u"KD_TEST_TOKEN"_s, u"--endpoint-template"_s};

        QJsonObject error = failure(headless + QStringList{sim->endpointTemplate()}, env, 3);
        QCOMPARE(error.value(u"kind"_s).toString(), u"sign-in"_s);
        QCOMPARE(error.value(u"cause"_s).toString(), u"http"_s);
        QCOMPARE(error.value(u"http_status"_s).toInt(), 401);

        error = failure(headless + QStringList{u"http://127.0.0.1:1/{geo}"_s}, env, 3);
        QCOMPARE(error.value(u"kind"_s).toString(), u"sign-in"_s);
        QCOMPARE(error.value(u"cause"_s).toString(), u"transport"_s);
        QCOMPARE(error.value(u"transport"_s).toString(), u"connection-refused"_s);
        QVERIFY(!error.value(u"message"_s).toString().contains(u"kpat_wrong"_s));
    }

    void jsonOnEveryOtherFailure() {
        QTemporaryDir home;
        QProcessEnvironment env = environment(home.path());
        env.insert(u"KD_EMPTY_TOKEN"_s, QString());
        env.insert(u"KD_TEST_TOKEN"_s, u"kpat_unused"_s);
        const QStringList headless{u"--no-gui"_s, u"--sync"_s, u"--json"_s};
        const QStringList withToken = headless + QStringList{u"--token-env"_s, u"KD_TEST_TOKEN"_s};

        QCOMPARE(failure(headless, env, 2).value(u"kind"_s).toString(), u"no-token"_s);
        QCOMPARE(failure(headless + QStringList{u"--token-env"_s, u"KD_EMPTY_TOKEN"_s}, env, 1)
                     .value(u"kind"_s)
                     .toString(),
                 u"no-token"_s);
        QCOMPARE(failure(withToken + QStringList{u"--ca-file"_s, home.filePath(u"missing.pem"_s)},
                         env, 1)
                     .value(u"kind"_s)
                     .toString(),
                 u"setup"_s);
        QCOMPARE(
            failure(withToken + QStringList{u"--endpoint-template"_s, u"https://x.test"_s}, env, 1)
                .value(u"kind"_s)
                .toString(),
            u"setup"_s);
        QCOMPARE(failure({u"--no-gui"_s, u"--json"_s}, env, 2).value(u"kind"_s).toString(),
                 u"usage"_s);
        // --advise has one exit code for every error.
        const QStringList advise{u"--no-gui"_s, u"--advise"_s, u"--json"_s};
        QCOMPARE(failure(advise, env, 2).value(u"kind"_s).toString(), u"no-token"_s);
        QCOMPARE(failure(advise + QStringList{u"--sync"_s}, env, 2).value(u"kind"_s).toString(),
                 u"usage"_s);
        QCOMPARE(failure(advise
                             + QStringList{u"--token-env"_s, u"KD_TEST_TOKEN"_s,
                                           u"--endpoint-template"_s, u"https://x.test"_s},
                         env, 2)
                     .value(u"kind"_s)
                     .toString(),
                 u"setup"_s);
        QCOMPARE(failure(headless + QStringList{u"--control-plane"_s, u"a"_s}, env, 2)
                     .value(u"kind"_s)
                     .toString(),
                 u"usage"_s);
        QCOMPARE(failure(headless + QStringList{u"--no-such-option"_s}, env, 2)
                     .value(u"kind"_s)
                     .toString(),
                 u"usage"_s);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestAppCli)
#include "tst_app_cli.moc"
