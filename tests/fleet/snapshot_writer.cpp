// Saves a sample snapshot, cut at a chosen file operation: tst_snapshot runs it as a child
// process to interrupt a real save at every point.
#include <QCoreApplication>

#include "FileFaults.h"
#include "SnapshotSample.h"
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: snapshot_writer PATH PLANES none|kill|fail CALL\n", stderr);
        return 2;
    }
    const QString path = arguments.at(1);
    const kd::SnapshotData data = kd::test::sampleSnapshot(arguments.at(2).toInt());
    const QString mode = arguments.at(3);
    const int fault = mode == QStringLiteral("kill")   ? KdFileFaultKill
                      : mode == QStringLiteral("fail") ? KdFileFaultFail
                                                       : KdFileFaultNone;
    kd_arm_file_faults(arguments.at(4).toLong(), fault);
    const kd::Status saved = kd::SnapshotStore::write(path, data);
    const long calls = kd_disarm_file_faults();
    std::printf("%ld\n", calls);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message()));
        return 1;
    }
    return 0;
}
