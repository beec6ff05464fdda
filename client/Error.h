#pragma once

#include <QList>
#include <QString>

namespace kd {

struct InvalidParameter {
    QString field;
    QString reason;
    QString rule;
    friend bool operator==(const InvalidParameter &, const InvalidParameter &) = default;
};

// Everything that can go wrong between the app and Konnect, in one type.
class Error final {
public:
    enum class Kind {
        Transport,      // no HTTP answer: DNS, refused, TLS, timeout, reset
        Http,           // an HTTP error status with its parsed body
        Parse,          // a body that does not have the shape the spec gives
        OutcomeUnknown, // a create whose result never came back: reconcile by listing
        RedirectRefused,
        Invalid, // the request was refused before sending (e.g. a metrics rule)
        Cancelled,
        LimitExceeded, // the app's own bound on a sync was reached (client/Limits.h)
    };
    enum class TransportKind {
        None,
        HostNotFound,
        ConnectionRefused,
        Tls,
        Timeout,
        Reset,
        TooLarge, // the answer was larger than any real one: not read, not retried
        Other
    };

    static Error transport(TransportKind kind, const QString &detail);
    static Error http(int status, const QString &title, const QString &detail,
                      const QString &traceId = {}, QList<InvalidParameter> invalid = {});
    static Error parse(const QString &field, const QString &detail);
    static Error outcomeUnknown(const QString &what, const QString &detail);
    static Error redirectRefused(const QString &target);
    static Error invalid(const QString &field, const QString &detail);
    static Error cancelled();
    static Error limitExceeded(const QString &detail);

    Kind kind() const { return m_kind; }
    TransportKind transportKind() const { return m_transport; }
    int status() const { return m_status; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString traceId() const { return m_traceId; }
    // The host the request went to, for messages; set by the transport.
    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    QString field() const { return m_field; }
    const QList<InvalidParameter> &invalidParameters() const { return m_invalid; }
    // Whether trying the same idempotent call again may succeed.
    bool isTransient() const;

    // One or two sentences for a person: what happened and what to do.
    QString message() const;

private:
    Kind m_kind = Kind::Transport;
    TransportKind m_transport = TransportKind::None;
    int m_status = 0;
    QString m_title;
    QString m_detail;
    QString m_traceId;
    QString m_field;
    QString m_host;
    QList<InvalidParameter> m_invalid;
};

} // namespace kd
