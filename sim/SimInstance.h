#pragma once

#include "sim/SimServer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace kd::sim {

struct SimLaunch {
    SimOptions options;
    QString seed = QStringLiteral("demo");
    quint16 port = 0;
    bool tls = false;
    QString caOut;
    QString stateFile;

    // Parses konnect-sim's command line; prints help or errors and sets *exitCode when the
    // program should stop.
    static std::optional<SimLaunch> parse(const QStringList &arguments, int *exitCode);
};

// A running simulator: seeded or restored, listening on 127.0.0.1. Used by the konnect-sim
// executable, by `konnect-desk --demo` and by tests.
class SimInstance final {
public:
    static std::unique_ptr<SimInstance> start(const SimLaunch &launch, QString *error);
    ~SimInstance();

    SimServer &server() { return *m_server; }
    quint16 port() const { return m_port; }
    bool tls() const { return !m_caPem.isEmpty(); }
    // "http(s)://127.0.0.1:PORT/{geo}", the client's endpoint template for this simulator.
    QString endpointTemplate() const;
    QString origin() const;
    QByteArray caPem() const { return m_caPem; }
    bool saveState(QString *error) const;

private:
    SimInstance() = default;
    std::unique_ptr<SimServer> m_server;
    quint16 m_port = 0;
    QByteArray m_caPem;
    QString m_stateFile;
};

} // namespace kd::sim
