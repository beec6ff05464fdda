#include "client/CallLog.h"

using namespace Qt::StringLiterals;

namespace kd {

CallLog::CallLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity)) {
}

void CallLog::record(CallRecord record) {
    record.id = ++m_total;
    m_bytes += record.bytes;
    int dropped = 0;
    if (m_records.size() >= m_capacity) {
        dropped = static_cast<int>(m_records.size() - m_capacity + 1);
        m_records.remove(0, dropped);
    }
    m_records.append(record);
    Q_EMIT recorded(m_records.constLast(), dropped);
}

QString CallLog::toCurl(const CallRecord &record) {
    const auto quote = [](QString text) { return u'\'' + text.replace(u'\'', u"'\\''"_s) + u'\''; };
    QString command = u"curl -X "_s + QString::fromLatin1(record.method) + u' ' + quote(record.url)
                      + u" -H 'Authorization: Bearer '\"$KONNECT_TOKEN\""_s;
    if (!record.requestBody.isEmpty())
        command += u" -H 'Content-Type: application/json' --data "_s
                   + quote(QString::fromUtf8(record.requestBody));
    return command;
}

} // namespace kd
