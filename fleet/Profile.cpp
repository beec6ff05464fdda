#include "fleet/Profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd {

TokenKind tokenKindOf(QStringView token) {
    if (token.startsWith(u"kpat_"))
        return TokenKind::Personal;
    if (token.startsWith(u"spat_"))
        return TokenKind::SystemAccount;
    return TokenKind::Unknown;
}

QString Profile::validationError() const {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kd::Profile", text);
    };
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (geos.isEmpty())
        return tr("Choose at least one geo to query.");
    if (geos.contains(Geo::Global))
        return tr("The global host is always used; choose regional geos only.");
    QString templateError;
    if (!EndpointTemplate::parse(endpointTemplate, &templateError))
        return templateError;
    return {};
}

} // namespace kd
