#include "sim/SimInstance.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int signalPipe[2];

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"konnect-sim"_s);
    int exitCode = 0;
    const auto launch = kd::sim::SimLaunch::parse(QCoreApplication::arguments(), &exitCode);
    if (!launch)
        return exitCode;

    QString error;
    auto instance = kd::sim::SimInstance::start(*launch, &error);
    if (!instance) {
        std::fprintf(stderr, "konnect-sim: %s\n", qPrintable(error));
        return 1;
    }

    // SIGINT/SIGTERM end the event loop so that --state is saved.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }

    std::printf("konnect-sim listening on %s\n", qPrintable(instance->origin()));
    std::fflush(stdout);
    const int result = QCoreApplication::exec();
    if (!instance->saveState(&error)) {
        std::fprintf(stderr, "konnect-sim: %s\n", qPrintable(error));
        return 1;
    }
    return result;
}
