#include "client/internal/NetworkThread.h"

#include "client/internal/ThreadPriority.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace kd::net {

// Lives on the network thread: everything it touches is created and destroyed there.
class Worker final : public QObject {
public:
    explicit Worker(int managers)
        : m_count(managers) {}
    ~Worker() override {
        m_closing = true; // replies the managers abort on their way out report nothing
        m_managers.clear();
    }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    void send(Exchange exchange, std::function<void(Outcome)> done);
    void clearConnections() {
        for (Slot &slot : m_managers)
            slot.manager->clearConnectionCache();
    }

private:
    struct Slot {
        std::unique_ptr<QNetworkAccessManager> manager;
        int inFlight = 0;
    };
    Slot &leastBusy();

    int m_count;
    std::vector<Slot> m_managers;
    bool m_closing = false;
};

Worker::Slot &Worker::leastBusy() {
    if (m_managers.empty()) {
        // Made here, not in the constructor: a manager belongs to the thread that makes it.
        m_managers.reserve(static_cast<std::size_t>(m_count));
        for (int i = 0; i < m_count; ++i) {
            auto manager = std::make_unique<QNetworkAccessManager>();
            manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            manager->setAutoDeleteReplies(false);
            m_managers.push_back({std::move(manager), 0});
        }
    }
    // The least busy manager, so that calls spread over their connection pools.
    return *std::min_element(m_managers.begin(), m_managers.end(),
                             [](const Slot &a, const Slot &b) { return a.inFlight < b.inFlight; });
}

void Worker::send(Exchange exchange, std::function<void(Outcome)> done) {
    Slot &slot = leastBusy();
    ++slot.inFlight;
    QNetworkReply *reply =
        slot.manager->sendCustomRequest(exchange.request, exchange.method, exchange.body);
    struct State {
        QElapsedTimer elapsed;
        QString sslDetail;
        Cut cut = Cut::None;
    };
    auto state = std::make_shared<State>();
    state->elapsed.start();
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        state->sslDetail = texts.join(u"; "_s);
    });
    const auto refuse = [reply, state](Cut why) {
        if (state->cut == Cut::None) {
            state->cut = why;
            // Queued: aborting finishes the reply, which must not happen inside the emission
            // of one of its own signals.
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    };
    const qint64 maxBytes = exchange.maxBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, refuse] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            refuse(Cut::Size);
    });
    // Qt stops reading from the network when this buffer is full, so memory stays bounded
    // however fast the bytes come (downloadProgress is throttled to 10 a second: too late).
    reply->setReadBufferSize(maxBytes + 1);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, maxBytes, refuse] {
        if (reply->bytesAvailable() > maxBytes)
            refuse(Cut::Size);
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [refuse] { refuse(Cut::Deadline); });
    deadline->start(exchange.deadline);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, &slot, state, done = std::move(done)] {
            if (m_closing)
                return;
            --slot.inFlight;
            Outcome out;
            out.durationMs = state->elapsed.elapsed();
            out.cut = state->cut;
            out.sslDetail = state->sslDetail;
            out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            out.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            out.error = reply->error();
            out.errorString = reply->errorString();
            // Qt's idle timeout closes the reply before it finishes: nothing to read then.
            if (out.cut == Cut::None && reply->isOpen())
                out.body = reply->readAll();
            out.bytes = out.cut == Cut::Size ? reply->bytesAvailable() : out.body.size();
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            out.announced = length.isValid() ? length.toLongLong() : -1;
            out.contentEncoding = reply->rawHeader("Content-Encoding");
            out.retryAfter = reply->rawHeader("Retry-After");
            out.location = reply->rawHeader("Location");
            reply->deleteLater();
            done(std::move(out));
        });
}

NetworkThread::NetworkThread(int managers)
    : m_worker(new Worker(managers)) {
    m_thread.setObjectName(u"konnect-network"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [] { threads::yieldToTheGuiThread(); }, Qt::QueuedConnection);
}

NetworkThread::~NetworkThread() {
    // The worker goes on its own thread, with its managers and their replies.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NetworkThread::send(Exchange exchange, std::function<void(Outcome)> done) {
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, exchange = std::move(exchange), done = std::move(done)]() mutable {
            worker->send(std::move(exchange), std::move(done));
        },
        Qt::QueuedConnection);
}

void NetworkThread::clearConnections() {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->clearConnections(); }, Qt::QueuedConnection);
}

} // namespace kd::net
