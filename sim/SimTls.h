#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kd::sim {

// A throwaway CA and a server certificate for 127.0.0.1 and localhost, made at start.
struct TlsMaterial {
    QByteArray caPem;
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

std::optional<TlsMaterial> generateTlsMaterial(QString *error);

} // namespace kd::sim
