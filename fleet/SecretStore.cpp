#include "fleet/SecretStore.h"

#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
template <typename JobType>
std::unique_ptr<JobType> makeJob(const QString &service, const QString &key) {
    auto job = std::make_unique<JobType>(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

bool keychainMissing(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
           || error == QKeychain::AccessDenied || error == QKeychain::NotImplemented;
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service)) {
}

void SecretStore::fallBackToMemory(const QString &reason) {
    m_memoryOnly = true;
    m_reason = reason;
}

QCoro::Task<Result<QString>> SecretStore::readToken(QString profile) {
    if (m_memory.contains(profile))
        co_return m_memory.value(profile);
    if (m_memoryOnly)
        co_return Error::invalid(u"token"_s, tr("No token is saved for %1.").arg(profile));
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, profile);
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    if (job->error() == QKeychain::NoError)
        co_return job->textData();
    if (job->error() == QKeychain::EntryNotFound)
        co_return Error::invalid(u"token"_s, tr("No token is saved for %1.").arg(profile));
    if (keychainMissing(job->error()))
        fallBackToMemory(job->errorString());
    co_return Error::invalid(u"token"_s,
                             tr("The keychain could not be read: %1").arg(job->errorString()));
}

QCoro::Task<Status> SecretStore::writeToken(QString profile, QString token) {
    if (!m_memoryOnly) {
        auto job = makeJob<QKeychain::WritePasswordJob>(m_service, profile);
        job->setTextData(token);
        job->start();
        co_await qCoro(job.get(), &QKeychain::Job::finished);
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(profile);
            co_return Done{};
        }
        if (!keychainMissing(job->error()))
            co_return Error::invalid(
                u"token"_s, tr("The keychain refused the token: %1").arg(job->errorString()));
        fallBackToMemory(job->errorString());
    }
    m_memory.insert(profile, token);
    co_return Done{};
}

QCoro::Task<Status> SecretStore::deleteToken(QString profile) {
    m_memory.remove(profile);
    if (m_memoryOnly)
        co_return Done{};
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, profile);
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        co_return Done{};
    co_return Error::invalid(
        u"token"_s, tr("The keychain could not forget the token: %1").arg(job->errorString()));
}

} // namespace kd
