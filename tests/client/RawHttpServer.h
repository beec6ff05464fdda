#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace kd::test {

// Answers every request with one fixed raw HTTP response and remembers what it received:
// for bodies and redirects the simulator would never send.
class RawHttpServer final : public QTcpServer {
public:
    explicit RawHttpServer(QByteArray response)
        : m_response(std::move(response)) {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    received.append(request);
                    if (request.contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

    static QByteArray json(const QByteArray &body, int status = 200) {
        return "HTTP/1.1 " + QByteArray::number(status)
               + " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    QList<QByteArray> received;

private:
    QByteArray m_response;
};

} // namespace kd::test
