#include "sim/RequestGuard.h"

#include "sim/SimLimits.h"

#include <QTcpSocket>

#include <chrono>

namespace kd::sim {

namespace {
// A chunk-size or trailer line longer than this is not a real one.
constexpr qsizetype maxChunkLine = 4096;
} // namespace

void RequestGuard::watch(QTcpSocket *socket, QObject *server, Refusal refusal) {
    new RequestGuard(socket, server, std::move(refusal));
}

RequestGuard::RequestGuard(QTcpSocket *socket, QObject *server, Refusal refusal)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_refusal(std::move(refusal)) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits::refusalIdle);
    connect(&m_idle, &QTimer::timeout, m_socket, &QAbstractSocket::disconnectFromHost);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
}

void RequestGuard::onReadyRead() {
    if (m_state == State::Refused) {
        drop();
        return;
    }
    // The server reads everything on each readyRead, so what is unread now is new.
    if (const int status = consume(m_socket->peek(m_socket->bytesAvailable())))
        refuse(status);
}

int RequestGuard::consume(const QByteArray &bytes) {
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_state) {
        case State::Head: {
            const qsizetype before = m_line.size();
            m_line.append(bytes.mid(at, limits::maxRequestHead + 4 - before));
            const qsizetype end = m_line.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_line.size() > limits::maxRequestHead)
                    return 431;
                return 0;
            }
            at += end + 4 - before;
            m_line.truncate(end);
            if (const int status = headComplete())
                return status;
            m_line.clear();
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 taken = qMin<qint64>(m_remaining, bytes.size() - at);
            at += taken;
            m_remaining -= taken;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Head : State::ChunkSize;
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype newline = bytes.indexOf('\n', at);
            m_line.append(bytes.mid(at, newline < 0 ? -1 : newline + 1 - at));
            if (m_line.size() > maxChunkLine)
                return 413;
            if (newline < 0)
                return 0;
            at = newline + 1;
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Head;
                break;
            }
            bool ok = false;
            const qint64 size = line.left(line.indexOf(';')).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return 0; // malformed framing: Qt's parser refuses it itself
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            m_bodySize += size;
            if (m_bodySize > limits::maxRequestBody)
                return 413;
            m_remaining = size + 2; // the chunk and its CRLF
            m_state = State::ChunkData;
            break;
        }
        case State::Refused:
            return 0;
        }
    }
    return 0;
}

int RequestGuard::headComplete() {
    const QList<QByteArray> lines = m_line.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_method = requestLine.value(0);
    m_target = requestLine.value(1);
    qint64 length = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
    }
    m_bodySize = 0;
    if (chunked) {
        m_state = State::ChunkSize;
        return 0;
    }
    if (length > limits::maxRequestBody)
        return 413;
    m_remaining = length;
    m_state = length > 0 ? State::Body : State::Head;
    return 0;
}

void RequestGuard::refuse(int status) {
    m_state = State::Refused;
    // The server must not parse, and so buffer, anything more of this connection.
    disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->write(m_refusal(status, m_method, m_target));
    m_refusedFor.start();
    drop();
}

void RequestGuard::drop() {
    // Reading on lets the client finish sending and read the answer instead of a reset.
    m_socket->skip(m_socket->bytesAvailable());
    if (m_refusedFor.elapsed()
        > std::chrono::duration_cast<std::chrono::milliseconds>(limits::refusalLinger).count()) {
        m_socket->abort();
        return;
    }
    m_idle.start();
}

} // namespace kd::sim
