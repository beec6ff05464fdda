#include "client/Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct ErrorTr {
    Q_DECLARE_TR_FUNCTIONS(kd::Error)
};
} // namespace

Error Error::transport(TransportKind kind, const QString &detail) {
    Error error;
    error.m_kind = Kind::Transport;
    error.m_transport = kind;
    error.m_detail = detail;
    return error;
}

Error Error::http(int status, const QString &title, const QString &detail, const QString &traceId,
                  QList<InvalidParameter> invalid) {
    Error error;
    error.m_kind = Kind::Http;
    error.m_status = status;
    error.m_title = title;
    error.m_detail = detail;
    error.m_traceId = traceId;
    error.m_invalid = std::move(invalid);
    return error;
}

Error Error::parse(const QString &field, const QString &detail) {
    Error error;
    error.m_kind = Kind::Parse;
    error.m_field = field;
    error.m_detail = detail;
    return error;
}

Error Error::outcomeUnknown(const QString &what, const QString &detail) {
    Error error;
    error.m_kind = Kind::OutcomeUnknown;
    error.m_title = what;
    error.m_detail = detail;
    return error;
}

Error Error::redirectRefused(const QString &target) {
    Error error;
    error.m_kind = Kind::RedirectRefused;
    error.m_detail = target;
    return error;
}

Error Error::invalid(const QString &field, const QString &detail) {
    Error error;
    error.m_kind = Kind::Invalid;
    error.m_field = field;
    error.m_detail = detail;
    return error;
}

Error Error::limitExceeded(const QString &detail) {
    Error error;
    error.m_kind = Kind::LimitExceeded;
    error.m_detail = detail;
    return error;
}

Error Error::cancelled() {
    Error error;
    error.m_kind = Kind::Cancelled;
    return error;
}

bool Error::isTransient() const {
    switch (m_kind) {
    case Kind::Transport:
        return m_transport != TransportKind::Tls && m_transport != TransportKind::HostNotFound
               && m_transport != TransportKind::TooLarge;
    case Kind::Http:
        // 500 too: Konnect's 500s are as passing as its 502s (only idempotent calls retry).
        return m_status == 408 || m_status == 429 || m_status == 500 || m_status == 502
               || m_status == 503 || m_status == 504;
    case Kind::Parse:
        return true; // a truncated body is worth one more try
    default:
        return false;
    }
}

QString Error::message() const {
    switch (m_kind) {
    case Kind::Transport: {
        const QString host = m_host.isEmpty() ? ErrorTr::tr("Konnect") : m_host;
        switch (m_transport) {
        case TransportKind::HostNotFound:
            return ErrorTr::tr("%1 could not be reached: the host name did not resolve. Check your "
                               "network connection and the endpoint template.")
                .arg(host);
        case TransportKind::ConnectionRefused:
            return ErrorTr::tr("%1 refused the connection. Check the endpoint template, or whether "
                               "the simulator is running.")
                .arg(host);
        case TransportKind::Tls:
            return ErrorTr::tr(
                       "The secure connection to %1 failed: %2. The certificate is not trusted; "
                       "add the right CA file in the profile instead of ignoring the error.")
                .arg(host, m_detail);
        case TransportKind::Timeout:
            return ErrorTr::tr(
                       "%1 did not answer in time (%2). The app tries again by itself; if it "
                       "keeps happening, check your network.")
                .arg(host, m_detail);
        case TransportKind::Reset:
            return ErrorTr::tr(
                       "The connection to %1 was closed before the whole answer arrived (%2). "
                       "The app tries reads again by itself; try again later if it persists.")
                .arg(host, m_detail);
        case TransportKind::TooLarge:
            return ErrorTr::tr(
                       "%1 sent an answer larger than any real one (%2), so it was not read. "
                       "Report it if it persists.")
                .arg(host, m_detail);
        default:
            return ErrorTr::tr("The request to %1 failed: %2").arg(host, m_detail);
        }
    }
    case Kind::Http: {
        QString text;
        switch (m_status) {
        case 401:
            text = ErrorTr::tr(
                "Konnect did not accept the token: it is wrong, expired or revoked. Sign "
                "in again with a valid personal or system account token.");
            break;
        case 403:
            text =
                ErrorTr::tr("Your token is not allowed to do this (%1). Ask an organisation admin "
                            "for the role, or use another token.")
                    .arg(m_detail.isEmpty() ? m_title : m_detail);
            break;
        case 404:
            text = ErrorTr::tr(
                       "Konnect could not find it: %1 It may have been deleted; refresh to see "
                       "the current state.")
                       .arg(m_detail.isEmpty() ? m_title : m_detail);
            break;
        case 409:
            text = ErrorTr::tr("Konnect refused a conflicting change: %1").arg(m_detail);
            break;
        case 429:
            // Only the last 429 reaches a person: the app has waited as long as it will.
            text =
                ErrorTr::tr("Konnect's rate limit was still reached after the app waited for it%1. "
                            "It tries again at the next refresh; fewer geos or a longer refresh "
                            "interval lower the load.")
                    .arg(m_detail.isEmpty() ? QString() : u" ("_s + m_detail + u')');
            break;
        default:
            if (m_status >= 500)
                text = ErrorTr::tr("Konnect had a problem (%1). Try again in a moment.")
                           .arg(m_title.startsWith(QString::number(m_status))
                                    ? m_title
                                    : QString::number(m_status) + u' ' + m_title);
            else
                text = m_detail.isEmpty() ? m_title : m_detail;
        }
        for (const InvalidParameter &parameter : m_invalid)
            text += u"\n• "_s + parameter.field + u": "_s + parameter.reason;
        if (!m_traceId.isEmpty())
            text += u"\n"_s + ErrorTr::tr("Trace id for Kong support: %1").arg(m_traceId);
        return text;
    }
    case Kind::Parse:
        return ErrorTr::tr("Konnect sent an answer the app does not understand (field \"%1\": %2). "
                           "Nothing was changed; try again, and report it if it persists.")
            .arg(m_field, m_detail);
    case Kind::OutcomeUnknown:
        return ErrorTr::tr(
                   "The answer to \"%1\" was lost (%2), so it is not known whether it happened. "
                   "The app checks Konnect before trying again.")
            .arg(m_title, m_detail);
    case Kind::RedirectRefused:
        return ErrorTr::tr(
                   "Konnect answered with a redirect to %1, which is not a Konnect host. It was "
                   "not followed, so that your token stays where it belongs.")
            .arg(m_detail);
    case Kind::Invalid:
        return m_detail;
    case Kind::Cancelled:
        return ErrorTr::tr("The request was cancelled.");
    case Kind::LimitExceeded:
        return ErrorTr::tr(
                   "%1 The app stopped there so that a misbehaving server cannot keep it busy "
                   "forever; it tries again at the next refresh.")
            .arg(m_detail);
    }
    return m_detail;
}

} // namespace kd
