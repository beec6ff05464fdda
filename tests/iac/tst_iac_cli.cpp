#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

// `konnect-desk --no-gui --export …` and `--diff …` on the demo organisation: exit codes,
// the JSON summary, the files on disk.
class TestIacCli final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    struct Run {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
    };

    Run run(const QStringList &arguments) const {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KD_APP_BINARY),
                      QStringList{u"--no-gui"_s, u"--demo"_s} + arguments);
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.json = QJsonDocument::fromJson(result.out).object();
        return result;
    }

private Q_SLOTS:
    void exportWritesTheFilesAndSaysWhich() {
        QTemporaryDir out;
        const Run r = run({u"--export"_s, u"terraform"_s, u"--out"_s, out.path(),
                           u"--control-plane"_s, u"us/prod-billing-svcs"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
        QCOMPARE(r.json.value(u"control_planes"_s).toArray(),
                 QJsonArray{u"us/prod-billing-svcs"_s});
        QCOMPARE(r.json.value(u"resources"_s).toInt(), 15); // 12 of the plane, 3 networks
        for (const QJsonValue &file : r.json.value(u"files"_s).toArray())
            QVERIFY(QFileInfo::exists(
                QDir(out.path()).filePath(file.toObject().value(u"path"_s).toString())));
        QVERIFY(!QFileInfo::exists(QDir(out.path()).filePath(u"terraform/eu"_s)));
    }

    void anUnknownControlPlaneIsAUsageError() {
        QTemporaryDir out;
        const Run r = run({u"--export"_s, u"deck"_s, u"--out"_s, out.path(), u"--control-plane"_s,
                           u"nope"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"usage"_s);
        QVERIFY(QDir(out.path()).isEmpty());
        QCOMPARE(run({u"--export"_s, u"hcl"_s, u"--out"_s, out.path()}).exitCode, 2);
        QCOMPARE(run({u"--export"_s, u"deck"_s}).exitCode, 2); // no --out
    }

    void diffExitsByWhatItFound() {
        QTemporaryDir out;
        QCOMPARE(run({u"--export"_s, u"deck"_s, u"--out"_s, out.path()}).exitCode, 0);
        const QString prodFile = QDir(out.path()).filePath(u"deck/us/prod-billing-svcs.yaml"_s);
        const Run same = run({u"--diff"_s, prodFile, u"prod-billing-svcs"_s, u"--json"_s});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.json.value(u"equal"_s).toBool(), true);
        const Run differ = run(
            {u"--diff"_s, u"eu/staging-billing-svcs"_s, u"us/prod-billing-svcs"_s, u"--json"_s});
        QCOMPARE(differ.exitCode, 1);
        QCOMPARE(differ.json.value(u"equal"_s).toBool(), false);
        bool version = false;
        for (const QJsonValue &entry : differ.json.value(u"updating"_s).toArray()) {
            const QJsonObject fields = entry.toObject().value(u"fields"_s).toObject();
            if (entry.toObject().value(u"kind"_s).toString() == u"configuration"_s) {
                QCOMPARE(fields.value(u"version"_s).toObject(),
                         (QJsonObject{{u"old"_s, u"3.12"_s}, {u"new"_s, u"3.14"_s}}));
                version = true;
            }
        }
        QVERIFY(version);
        QVERIFY(!differ.json.value(u"creating"_s).toArray().isEmpty());
        QVERIFY(!differ.json.value(u"deleting"_s).toArray().isEmpty());
        QCOMPARE(run({u"--diff"_s, u"nope"_s, u"prod-billing-svcs"_s}).exitCode, 2);
        QCOMPARE(run({u"--diff"_s, u"prod-billing-svcs"_s}).exitCode, 2); // one side only
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestIacCli)
#include "tst_iac_cli.moc"
