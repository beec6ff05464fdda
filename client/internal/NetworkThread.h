#pragma once

// Internal to client/: Qt Network's managers and replies live on a thread of their own. Qt
// posts several events per reply to the thread that owns it (headers, data, finished, the
// reply's deletion); on the GUI thread, the answers to 32 calls in flight piled up into
// stalls of 30-50 ms. Here they cost this thread, and the caller gets one call per exchange.

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QThread>
#include <QVariant>

#include <chrono>
#include <functional>

namespace kd::net {

// Why the network thread ended a transfer early.
enum class Cut { None, Size, Deadline };

// One request as Qt Network sends it, with the bounds that protect against a hostile or
// broken server.
struct Exchange {
    QNetworkRequest request;
    QByteArray method;
    QByteArray body;
    qint64 maxBytes = 0;                   // a larger answer (announced or received) is cut
    std::chrono::milliseconds deadline{0}; // for the whole transfer
};

// Everything the transport reads from a finished reply.
struct Outcome {
    QVariant status; // the HTTP status, invalid when none arrived
    QString reason;  // the status line's phrase
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QString sslDetail; // the certificate errors, when the handshake failed
    Cut cut = Cut::None;
    QByteArray body;
    qint64 bytes = 0;      // received: the body's size, or what was waiting when cut
    qint64 announced = -1; // Content-Length, -1 when absent
    QByteArray contentEncoding;
    QByteArray retryAfter;
    QByteArray location;
    qint64 durationMs = 0; // from sending to finished, on the network thread
};

class Worker;

class NetworkThread final {
public:
    // `managers`: Qt opens at most six HTTP/1.1 connections per host and manager.
    explicit NetworkThread(int managers);
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    // Sends on the network thread, on the least busy manager; `done` is called there, once.
    void send(Exchange exchange, std::function<void(Outcome)> done);
    // Drops open connections (a new endpoint or CA); exchanges sent later use new ones.
    void clearConnections();

private:
    QThread m_thread;
    Worker *m_worker;
};

} // namespace kd::net
