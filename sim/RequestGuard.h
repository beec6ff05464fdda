#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace kd::sim {

// Follows the HTTP framing of one connection as its bytes arrive, ahead of
// QAbstractHttpServer, which buffers a whole request (Qt 6.4) before handleRequest sees it.
// A request whose head or body is too large is answered at once and the rest is dropped.
class RequestGuard final : public QObject {
    Q_OBJECT
public:
    // The whole HTTP response refusing a request with this status (413, 431).
    using Refusal =
        std::function<QByteArray(int status, const QByteArray &method, const QByteArray &target)>;

    // Call before `server` connects to the socket, so that the guard reads each chunk first.
    static void watch(QTcpSocket *socket, QObject *server, Refusal refusal);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, Trailer, Refused };

    RequestGuard(QTcpSocket *socket, QObject *server, Refusal refusal);
    void onReadyRead();
    // Follows the framing through new bytes; returns the status to refuse with, or 0.
    int consume(const QByteArray &bytes);
    int headComplete();
    void refuse(int status);
    void drop();

    QTcpSocket *m_socket;
    QObject *m_server;
    Refusal m_refusal;
    State m_state = State::Head;
    QByteArray m_line; // the head, or a chunk-size or trailer line, so far
    QByteArray m_method;
    QByteArray m_target;
    qint64 m_remaining = 0; // bytes left of the body or of the current chunk (with its CRLF)
    qint64 m_bodySize = 0;  // chunked: sum of the chunk sizes so far
    QTimer m_idle;
    QElapsedTimer m_refusedFor;
};

} // namespace kd::sim
