#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace kd::test {

// Answers requests with fixed raw HTTP responses, in turn (the last one repeats), and
// remembers what it received: for bodies and redirects the simulator would never send.
class RawHttpServer final : public QTcpServer {
public:
    explicit RawHttpServer(QByteArray response)
        : RawHttpServer(QList<QByteArray>{std::move(response)}) {}
    explicit RawHttpServer(QList<QByteArray> responses)
        : m_responses(std::move(responses)) {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    received.append(request);
                    if (request.contains("\r\n\r\n")) {
                        const auto index =
                            std::min<qsizetype>(received.size() - 1, m_responses.size() - 1);
                        socket->write(m_responses.at(index));
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
    QList<QByteArray> m_responses;
};

} // namespace kd::test
