#include "HeadlessCode.h"

#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/compare/Diff.h"
#include "fleet/compare/Normalise.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "Headless.h"
#include "iac/ExportPlan.h"
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QJsonObject entryOf(const compare::EntityDifference &difference) {
    QJsonObject fields;
    for (const compare::FieldDifference &field : difference.fields) {
        if (difference.change == compare::Change::Update)
            fields.insert(field.path,
                          QJsonObject{{u"old"_s, QJsonValue::fromVariant(field.left)},
                                      {u"new"_s, QJsonValue::fromVariant(field.right)}});
        else
            fields.insert(field.path,
                          QJsonValue::fromVariant(difference.change == compare::Change::Create
                                                      ? field.right
                                                      : field.left));
    }
    return {{u"kind"_s, difference.kind},
            {u"key"_s, difference.key},
            {u"label"_s, difference.label},
            {u"fields"_s, fields}};
}
} // namespace

HeadlessCode::HeadlessCode(Session *session, FleetStore *store, SyncEngine *sync, Request request,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_sync(sync)
    , m_request(std::move(request)) {
}

void HeadlessCode::fail(const QString &kind, const QString &message, int exitCode) const {
    headless::printFailure(m_request.json, kind, message, exitCode);
    QCoreApplication::exit(exitCode);
}

void HeadlessCode::start() {
    // Sign-in fails as --sync's (3) for an export; a diff has one code for every error.
    const int signInFailed = m_request.exportFormat.isEmpty() ? 2 : 3;
    headless::signInAndSync(this, m_session, m_sync, m_request.json, signInFailed,
                            [this](bool allSucceeded) { synced(allSucceeded); });
}

void HeadlessCode::synced(bool allSucceeded) {
    const bool diff = m_request.exportFormat.isEmpty();
    if (!allSucceeded) {
        fail(u"sync"_s,
             tr("Konnect could not be read completely; nothing was %1. Run again, or "
                "check the failing geo with --sync.")
                 .arg(diff ? tr("compared") : tr("written")),
             diff ? 2 : 1);
        return;
    }
    if (diff)
        runDiff();
    else
        runExport();
}

void HeadlessCode::runExport() {
    QStringList ids;
    for (const QString &spec : std::as_const(m_request.controlPlanes)) {
        QString error;
        const QString id = headless::resolveControlPlane(*m_store, spec, &error);
        if (id.isEmpty()) {
            fail(u"usage"_s, error, 2);
            return;
        }
        ids.append(id);
    }
    if (ids.isEmpty())
        ids = m_store->controlPlaneIds();
    // Services, routes and consumers are not synced: read for the export, so that they are
    // in it and the plugins scoped to them reference them.
    QCoro::connect(compare::GatewayEntities::read(m_session->client(), *m_store, ids), this,
                   [this, ids](const Result<compare::GatewayEntities> &entities) {
                       if (!entities) {
                           fail(u"sync"_s, entities.error().message(), 1);
                           return;
                       }
                       writeExport(ids, *entities);
                   });
}

void HeadlessCode::writeExport(const QStringList &ids, const compare::GatewayEntities &entities) {
    const iac::Format format =
        m_request.exportFormat == u"deck"_s ? iac::Format::Deck : iac::Format::Terraform;
    const QList<iac::TextFile> files = iac::buildExport(*m_store, ids, {format}, &entities);
    if (const Status written = iac::writeExport(files, m_request.outDir); !written) {
        fail(u"write"_s, written.error().detail(), 1);
        return;
    }
    const QString out = QFileInfo(m_request.outDir).absoluteFilePath();
    QJsonArray list;
    int resources = 0;
    for (const iac::TextFile &file : files) {
        list.append(QJsonObject{{u"path"_s, file.path}, {u"resources"_s, file.resources}});
        resources += file.resources;
    }
    QJsonArray planes;
    for (const QString &id : std::as_const(ids)) {
        const ControlPlane *plane = m_store->controlPlane(id);
        planes.append(geoId(plane->geo) + u'/' + plane->name);
    }
    if (m_request.json) {
        headless::printJson({{u"ok"_s, true},
                             {u"exit_code"_s, 0},
                             {u"format"_s, m_request.exportFormat},
                             {u"out"_s, out},
                             {u"control_planes"_s, planes},
                             {u"files"_s, list},
                             {u"resources"_s, resources}});
    } else {
        std::printf("%s\n", qPrintable(tr("Wrote %n files to %1:", nullptr, int(files.size()))
                                           .arg(QDir::toNativeSeparators(out))));
        for (const iac::TextFile &file : files)
            std::printf("  %s\n", qPrintable(file.path));
        std::fflush(stdout);
    }
    QCoreApplication::exit(0);
}

void HeadlessCode::runDiff() {
    compare::PlaneDocument sides[2];
    QStringList live;
    for (int i = 0; i < 2; ++i) {
        const QString spec = m_request.diff.at(i);
        if (QFileInfo(spec).isFile()) {
            const auto file = iac::readDeckFile(spec);
            if (!file) {
                fail(u"file"_s, file.error().detail(), 2);
                return;
            }
            sides[i] = *file;
            continue;
        }
        QString error;
        const QString id = headless::resolveControlPlane(*m_store, spec, &error);
        if (id.isEmpty()) {
            fail(u"usage"_s,
                 compare::controlPlanesNamed(*m_store, spec).isEmpty()
                     ? tr("\"%1\" is neither a control plane (name or geo/name) nor a decK file.")
                           .arg(spec)
                     : error,
                 2);
            return;
        }
        sides[i] = compare::documentOf(*m_store, id);
        live.append(id);
    }
    // Plugins scoped to services, routes and consumers are matched by those entities' names:
    // read them for the live sides.
    QCoro::connect(compare::GatewayEntities::read(m_session->client(), *m_store, live), this,
                   [this, sides = QList<compare::PlaneDocument>{sides[0], sides[1]}](
                       const Result<compare::GatewayEntities> &entities) {
                       if (!entities) {
                           fail(u"sync"_s, entities.error().message(), 2);
                           return;
                       }
                       QList<compare::PlaneDocument> read = sides;
                       for (compare::PlaneDocument &side : read) {
                           if (!side.controlPlaneId.isEmpty())
                               side = compare::documentOf(*m_store, side.controlPlaneId,
                                                          entities->of(side.controlPlaneId));
                       }
                       printDiff(read.at(0), read.at(1));
                   });
}

void HeadlessCode::printDiff(const compare::PlaneDocument &left,
                             const compare::PlaneDocument &right) const {
    const compare::PlaneDocument sides[2] = {left, right};
    const QList<compare::EntityDifference> differences = compare::diff(sides[0], sides[1]);
    const int exitCode = differences.isEmpty() ? 0 : 1;
    if (m_request.json) {
        QJsonObject byChange{{u"creating"_s, QJsonArray()},
                             {u"updating"_s, QJsonArray()},
                             {u"deleting"_s, QJsonArray()}};
        for (const compare::EntityDifference &difference : differences) {
            const QString change = compare::changeName(difference.change);
            QJsonArray list = byChange.value(change).toArray();
            list.append(entryOf(difference));
            byChange.insert(change, list);
        }
        QJsonObject out{{u"ok"_s, true},
                        {u"exit_code"_s, exitCode},
                        {u"equal"_s, differences.isEmpty()},
                        {u"a"_s, sides[0].title},
                        {u"b"_s, sides[1].title}};
        for (auto it = byChange.begin(); it != byChange.end(); ++it)
            out.insert(it.key(), it.value());
        headless::printJson(out);
    } else if (differences.isEmpty()) {
        std::printf("%s\n",
                    qPrintable(tr("%1 and %2 are the same.").arg(sides[0].title, sides[1].title)));
    } else {
        std::printf("%s\n",
                    qPrintable(tr("%1 → %2: %n differences", nullptr, int(differences.size()))
                                   .arg(sides[0].title, sides[1].title)));
        for (const compare::EntityDifference &difference : differences) {
            std::printf("%s %s\n", qPrintable(compare::changeName(difference.change)),
                        qPrintable(difference.label));
            for (const compare::FieldDifference &field : difference.fields)
                std::printf(
                    "    %s: %s → %s\n", qPrintable(field.path),
                    qPrintable(field.left.isValid() ? compare::displayValue(field.left) : u"—"_s),
                    qPrintable(field.right.isValid() ? compare::displayValue(field.right)
                                                     : u"—"_s));
        }
    }
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

} // namespace kd
