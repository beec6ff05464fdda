#include "sim/GuardedTcpServer.h"

#include <QTcpSocket>

namespace kd::sim {

GuardedTcpServer::GuardedTcpServer(std::function<void(QTcpSocket *)> watcher, QObject *parent)
    : QTcpServer(parent)
    , m_watcher(std::move(watcher)) {
}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_watcher(socket);
    addPendingConnection(socket);
}

} // namespace kd::sim
