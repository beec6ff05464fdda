#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kd::iac {

// One file of an export: where it goes below the chosen folder and what it holds.
struct TextFile {
    QString path; // relative, with '/'
    QByteArray contents;
    int resources = 0; // resources (Terraform) or entities (decK) it declares
};

} // namespace kd::iac
