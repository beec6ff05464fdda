#pragma once

#include <QTcpServer>

#include <functional>

namespace kd::sim {

// A plain TCP server that hands each new socket to a watcher before anyone else (the HTTP
// server) connects to it.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(std::function<void(QTcpSocket *)> watcher, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(QTcpSocket *)> m_watcher;
};

} // namespace kd::sim
