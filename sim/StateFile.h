#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kd::sim {

// The file behind --state: konnect-sim reads only files it wrote and overwrites only those.
class StateFile final {
public:
    explicit StateFile(QString path);

    bool exists() const;
    // The organisation in the file, or nullopt with *error naming the file and the reason.
    std::optional<QJsonObject> read(QString *error) const;
    // Replaces the file with this organisation unless something else has taken its place.
    bool write(const QJsonObject &organisation, QString *error) const;

private:
    // Why the document is not a state file; empty when it is one.
    static QString refusal(const QByteArray &contents);

    QString m_path;
};

} // namespace kd::sim
