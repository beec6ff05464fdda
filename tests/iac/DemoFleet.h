#pragma once

#include "fleet/FleetStore.h"
#include "fleet/SyncEngine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "common/SimSession.h"

// The demo organisation of konnect-sim, synced once into a store, and the npm tools the iac
// tests check their output with.
namespace kd::test {

struct DemoFleet {
    QString token = QStringLiteral("kpat_iac-fixture-not-a-token");
    std::unique_ptr<sim::SimInstance> sim;
    std::unique_ptr<Session> session;
    std::unique_ptr<FleetStore> store;
    std::unique_ptr<SyncEngine> sync;

    // Reads everything again into the store; false when a geo failed.
    bool refresh() {
        QSignalSpy finished(sync.get(), &SyncEngine::syncFinished);
        sync->refreshNow();
        return finished.wait(30000) && finished.first().first().toBool();
    }

    void start() {
        sim = startSim(token);
        session = sessionOn(*sim, QStringLiteral("iac"), token);
        store = std::make_unique<FleetStore>();
        sync = std::make_unique<SyncEngine>(session.get(), store.get());
        if (!refresh())
            qFatal("the demo organisation did not sync");
    }

    QString planeNamed(const QString &name) const {
        for (const QString &id : store->controlPlaneIds()) {
            if (store->controlPlane(id)->name == name)
                return id;
        }
        return {};
    }
};

// Runs `node script args…` from tests/tools (where the pinned npm packages are); stdout.
inline QByteArray runNode(const QString &script, const QStringList &arguments, int *exitCode) {
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(KD_TEST_TOOLS));
    node.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(KD_TEST_TOOLS "/node_modules"));
        return env;
    }());
    node.start(QStringLiteral(KD_NODE), QStringList{script} + arguments);
    if (!node.waitForFinished(120000)) {
        *exitCode = -1;
        return node.readAllStandardError();
    }
    *exitCode = node.exitCode();
    const QByteArray err = node.readAllStandardError();
    if (!err.isEmpty())
        qWarning("%s", err.constData());
    return node.readAllStandardOutput();
}

// `terraform fmt -check -recursive folder` with HashiCorp's own binary when it is installed
// (no provider is needed to parse and format; `validate` and `plan` need kong/konnect from the
// registry). Empty when terraform is not on the PATH; else its exit code and what it printed.
inline std::optional<std::pair<int, QByteArray>> terraformFmtCheck(const QString &folder) {
    const QString terraform = QStandardPaths::findExecutable(QStringLiteral("terraform"));
    if (terraform.isEmpty())
        return std::nullopt;
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TF_CLI_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("CHECKPOINT_DISABLE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(terraform, {QStringLiteral("fmt"), QStringLiteral("-check"),
                              QStringLiteral("-diff"), QStringLiteral("-recursive"), folder});
    if (!process.waitForFinished(60000))
        return std::pair{-1, QByteArray("terraform fmt did not finish")};
    return std::pair{process.exitCode(), process.readAll()};
}

inline bool toolsInstalled() {
    return QFileInfo::exists(QStringLiteral(KD_TEST_TOOLS "/node_modules/@cdktf/hcl2json"))
           && QFileInfo::exists(QStringLiteral(KD_TEST_TOOLS "/node_modules/ajv-draft-04"));
}

} // namespace kd::test
