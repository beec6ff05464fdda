#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace kd::iac {

// A Terraform expression written as it is (a reference, a function call), not as a string.
struct HclExpression {
    QString text;
};

inline QVariant expression(const QString &text) {
    return QVariant::fromValue(HclExpression{text});
}

// HCL (Terraform's configuration syntax) for values: strings quoted with `${` and `%{`
// escaped, maps as objects, lists as tuples, expressions as they are.
namespace hcl {
QString string(const QString &text);
// An object key or attribute name: bare when it is an identifier, quoted otherwise.
QString key(const QString &name);
// A value at `indent` spaces (nested lines are indented further).
QString value(const QVariant &value, int indent);
// `name = value` lines of a map's entries at `indent`, the `=` aligned as `terraform fmt` does.
QString attributes(const QList<std::pair<QString, QVariant>> &entries, int indent);
// A Terraform identifier from any name: lower case, [a-z0-9_], not starting with a digit.
QString identifier(const QString &name);
} // namespace hcl

} // namespace kd::iac

Q_DECLARE_METATYPE(kd::iac::HclExpression)
