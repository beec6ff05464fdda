#pragma once

#include "client/Types.h"

#include <QList>
#include <QString>

namespace kd {

struct FieldProblem {
    QString field; // name, description, labels, proxy_urls
    QString message;
};

// The control-plane rules of the spec ([SPEC cp] CreateControlPlaneRequest, Labels,
// ProxyURL; [DOC] at most 5 labels and the reserved prefixes), checked before sending so that
// a dialog can point at the field.
QList<FieldProblem> validateControlPlane(const QString &name, const QString &description,
                                         const Labels &labels, const QList<ProxyUrl> &proxyUrls);

} // namespace kd
