#include "iac/ExportPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "iac/DeckWriter.h"
#include "iac/TerraformWriter.h"
#include "iac/YamlText.h"

using namespace Qt::StringLiterals;

namespace kd::iac {

namespace {
struct ExportPlanTr {
    Q_DECLARE_TR_FUNCTIONS(kd::iac::ExportPlan)
};
} // namespace

QList<TextFile> buildExport(const FleetStore &store, const QStringList &controlPlaneIds,
                            const QList<Format> &formats,
                            const compare::GatewayEntities *entities) {
    QList<TextFile> files;
    if (formats.contains(Format::Terraform))
        files += TerraformWriter(store, QStringLiteral("https://{geo}.api.konghq.com"), entities)
                     .write(controlPlaneIds);
    if (formats.contains(Format::Deck))
        files += DeckWriter(store, entities).write(controlPlaneIds);
    return files;
}

Status writeExport(const QList<TextFile> &files, const QString &folder) {
    const QDir root(folder);
    for (const TextFile &file : files) {
        const QString path = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::invalid(
                path, ExportPlanTr::tr("Cannot create the folder for %1. Check that you may "
                                       "write there.")
                          .arg(QDir::toNativeSeparators(path)));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size()
            || !out.commit())
            return Error::invalid(path,
                                  ExportPlanTr::tr("Cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    return Done{};
}

Result<compare::PlaneDocument> readDeckFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(path, ExportPlanTr::tr("Cannot read %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    // JSON is YAML too: one reader for both spellings of a decK file.
    const auto document = yaml::read(file.readAll(), path);
    if (!document)
        return document.error();
    return compare::documentOfDeck(*document, QFileInfo(path).fileName());
}

} // namespace kd::iac
