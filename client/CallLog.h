#pragma once

#include "client/Geo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace kd {

// One finished call, as the activity view shows it. Holds no token and no response body.
struct CallRecord {
    quint64 id = 0;
    QDateTime started;
    QByteArray method;
    Geo geo = Geo::Global;
    QString url;    // full URL with query
    QString path;   // path and query below the host
    int status = 0; // 0 when no HTTP answer came
    qint64 durationMs = 0;
    qint64 bytes = 0;
    QString traceId;
    int retries = 0;
    QString error; // a person's sentence when it failed
    QByteArray requestBody;
    bool background = true;
};

// The bounded, in-memory log of calls the transport made.
class CallLog final : public QObject {
    Q_OBJECT
public:
    explicit CallLog(int capacity = 5000, QObject *parent = nullptr);

    void record(CallRecord record);
    const QList<CallRecord> &records() const { return m_records; }
    quint64 totalCalls() const { return m_total; }
    qint64 totalBytes() const { return m_bytes; }
    int capacity() const { return m_capacity; }

    // A curl command that repeats the call; the token is left as $KONNECT_TOKEN.
    static QString toCurl(const CallRecord &record);

Q_SIGNALS:
    // `dropped` oldest records were removed to stay within capacity.
    void recorded(const kd::CallRecord &record, int dropped);

private:
    QList<CallRecord> m_records;
    int m_capacity;
    quint64 m_total = 0;
    qint64 m_bytes = 0;
};

} // namespace kd
