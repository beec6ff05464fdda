#pragma once

#include "client/Result.h"

#include <QHash>
#include <QObject>
#include <qcoro/qcorotask.h>

namespace kd {

// Tokens live in the OS keychain (QtKeychain: Secret Service on Linux), never in a file.
// When no keychain answers, a token is held in memory for this run only, and memoryOnly()
// says so with the reason, so the user can be told.
class SecretStore final : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("konnect-desk"),
                         QObject *parent = nullptr);

    QCoro::Task<Result<QString>> readToken(QString profile);
    QCoro::Task<Status> writeToken(QString profile, QString token);
    QCoro::Task<Status> deleteToken(QString profile);

    bool memoryOnly() const { return m_memoryOnly; }
    QString memoryOnlyReason() const { return m_reason; }

private:
    void fallBackToMemory(const QString &reason);

    QString m_service;
    QHash<QString, QString> m_memory;
    bool m_memoryOnly = false;
    QString m_reason;
};

} // namespace kd
