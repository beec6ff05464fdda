#pragma once

#include "client/Result.h"

#include <QByteArray>
#include <QVariant>

// decK state files are YAML: written in block style, read with libyaml.
namespace kd::iac::yaml {

// Maps keep the order given by `keyOrder` first (the keys decK files usually start with),
// then the rest alphabetically. Strings are quoted when YAML would read them otherwise.
QByteArray write(const QVariantMap &document);
// One YAML document into maps, lists and scalars (plain scalars typed as YAML 1.1 core:
// null, bool, int, float). Fails with the line and column of the error.
Result<QVariantMap> read(const QByteArray &text, const QString &what);

} // namespace kd::iac::yaml
