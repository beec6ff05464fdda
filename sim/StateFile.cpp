#include "sim/StateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
const QString formatKey = u"format"_s;
const QString formatName = u"konnect-sim-state"_s;
const QString versionKey = u"version"_s;
constexpr int formatVersion = 1;
const QString organisationKey = u"organisation"_s;
// Files written before the format marker: exactly Organisation::toJson()'s keys.
const QSet<QString> unmarkedKeys{
    u"user"_s,    u"organization"_s,   u"provider_accounts"_s, u"networks"_s, u"configurations"_s,
    u"add_ons"_s, u"control_planes"_s, u"partials"_s,          u"plugins"_s,  u"nodes"_s,
    u"due"_s};

bool isUnmarkedState(const QJsonObject &object) {
    const QStringList keys = object.keys();
    // Organisation::toJson() has since gained the gateway entities; without the marker they
    // come only from a bare toJson() as well.
    static const QSet<QString> withGatewayEntities =
        unmarkedKeys + QSet<QString>{u"services"_s, u"routes"_s, u"consumers"_s};
    const QSet<QString> found(keys.begin(), keys.end());
    return found == unmarkedKeys || found == withGatewayEntities;
}
} // namespace

StateFile::StateFile(QString path)
    : m_path(std::move(path)) {
}

bool StateFile::exists() const {
    return QFile::exists(m_path);
}

QString StateFile::refusal(const QByteArray &contents) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (document.isNull())
        return u"it is not JSON (%1 at byte %2)"_s.arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return u"it is a JSON array, not an object"_s;
    const QJsonObject object = document.object();
    if (isUnmarkedState(object))
        return {};
    if (object.value(formatKey).toString() != formatName)
        return u"it has no \"format\": \"%1\" marker"_s.arg(formatName);
    if (object.value(versionKey).toInt() != formatVersion)
        return u"its version %1 is not %2, the one this konnect-sim reads"_s
            .arg(object.value(versionKey).toVariant().toString())
            .arg(formatVersion);
    if (!object.value(organisationKey).isObject())
        return u"it has no \"organisation\" object"_s;
    return {};
}

std::optional<QJsonObject> StateFile::read(QString *error) const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QByteArray contents = file.readAll();
    if (const QString why = refusal(contents); !why.isEmpty()) {
        *error = u"%1 is not a konnect-sim state file: %2; konnect-sim leaves it alone"_s.arg(
            m_path, why);
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(contents).object();
    return isUnmarkedState(object) ? object : object.value(organisationKey).toObject();
}

bool StateFile::write(const QJsonObject &organisation, QString *error) const {
    // Something may have replaced the file while the simulator ran: keep what is there.
    QFile current(m_path);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1 before replacing it: %2"_s.arg(m_path, current.errorString());
            return false;
        }
        if (const QString why = refusal(current.readAll()); !why.isEmpty()) {
            *error = u"not saving to %1: it is no longer a konnect-sim state file (%2)"_s.arg(
                m_path, why);
            return false;
        }
    }
    const QJsonObject document{
        {formatKey, formatName}, {versionKey, formatVersion}, {organisationKey, organisation}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0
        || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kd::sim
