#include "ui/export/ExportDialog.h"

#include "fleet/FleetStore.h"
#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <qcoro/qcorotask.h>

#include "iac/ExportPlan.h"

using namespace Qt::StringLiterals;

namespace kd {

ExportDialog::ExportDialog(const FleetStore *store, const QStringList &selected, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_planes(new QListWidget(this))
    , m_terraform(new QCheckBox(tr("&Terraform (kong/konnect)"), this))
    , m_deck(new QCheckBox(tr("&decK, one file per control plane"), this))
    , m_folder(new QLineEdit(this))
    , m_fileList(new QTreeWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_write(new QPushButton(tr("&Write Files"), this)) {
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export as Code"));
    resize(1200, 760);

    m_planes->setObjectName(u"exportPlanes"_s);
    m_planes->setMaximumHeight(110);
    for (const QString &id : store->controlPlaneIds()) {
        const ControlPlane *plane = store->controlPlane(id);
        auto *item = new QListWidgetItem(geoId(plane->geo) + u" / "_s + plane->name, m_planes);
        item->setData(Qt::UserRole, id);
        item->setCheckState(selected.isEmpty() || selected.contains(id) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
    m_terraform->setObjectName(u"exportTerraform"_s);
    m_deck->setObjectName(u"exportDeck"_s);
    m_terraform->setChecked(true);
    m_deck->setChecked(true);
    m_folder->setObjectName(u"exportFolder"_s);
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(u"konnect-export"_s));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(u"exportChooseFolder"_s);

    m_fileList->setObjectName(u"exportFiles"_s);
    m_fileList->setHeaderLabels({tr("File"), tr("Resources"), tr("On disk")});
    m_fileList->setRootIsDecorated(false);
    m_fileList->setTextElideMode(Qt::ElideMiddle);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_fileList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setWordWrap(true);
    m_write->setObjectName(u"exportWrite"_s);
    m_write->setDefault(true);

    auto *formats = new QHBoxLayout;
    formats->addWidget(m_terraform);
    formats->addWidget(m_deck);
    formats->addStretch(1);
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Control planes:"), m_planes);
    form->addRow(tr("Formats:"), formats);
    form->addRow(tr("Folder:"), folder);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_preview);
    splitter->setSizes({460, 740});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    auto *note = new QLabel(tr("Secrets are never written: plain passwords become Terraform "
                               "variables or decK environment references; {vault://…} "
                               "references stay as they are. Every resource gets an import block "
                               "so that terraform plan against this organisation changes nothing."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_planes, &QListWidget::itemChanged, this, &ExportDialog::rebuild);
    connect(m_terraform, &QCheckBox::toggled, this, &ExportDialog::rebuild);
    connect(m_deck, &QCheckBox::toggled, this, &ExportDialog::rebuild);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::rebuild);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_fileList, &QTreeWidget::currentItemChanged, this, &ExportDialog::showFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &ExportDialog::write);
    rebuild();
}

void ExportDialog::setFolder(const QString &folder) {
    m_folder->setText(folder);
}

QStringList ExportDialog::checkedPlanes() const {
    QStringList ids;
    for (int i = 0; i < m_planes->count(); ++i) {
        if (m_planes->item(i)->checkState() == Qt::Checked)
            ids.append(m_planes->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void ExportDialog::readGatewayEntitiesWith(KonnectClient *client) {
    m_client = client;
    rebuild();
}

bool ExportDialog::readMissing(const QStringList &planes) {
    if (!m_client)
        return false;
    QStringList missing;
    for (const QString &id : planes) {
        if (!m_gateway.of(id) && !m_reading.contains(id))
            missing.append(id);
    }
    if (!missing.isEmpty() && m_readError.isEmpty()) {
        for (const QString &id : std::as_const(missing))
            m_reading.insert(id);
        QCoro::connect(compare::GatewayEntities::read(*m_client, *m_store, missing), this,
                       [this, missing](const Result<compare::GatewayEntities> &read) {
                           for (const QString &id : missing)
                               m_reading.remove(id);
                           if (read)
                               m_gateway.insert(*read);
                           else
                               m_readError = read.error().message();
                           rebuild();
                       });
    }
    return !m_reading.isEmpty();
}

void ExportDialog::rebuild() {
    QList<iac::Format> formats;
    if (m_terraform->isChecked())
        formats.append(iac::Format::Terraform);
    if (m_deck->isChecked())
        formats.append(iac::Format::Deck);
    const QStringList planes = checkedPlanes();
    const bool reading = readMissing(planes);
    m_files = iac::buildExport(*m_store, planes, formats, m_client ? &m_gateway : nullptr);
    const QString current =
        m_fileList->currentItem() ? m_fileList->currentItem()->text(0) : QString();
    m_fileList->clear();
    const QDir root(m_folder->text());
    int resources = 0;
    int replaced = 0;
    QTreeWidgetItem *select = nullptr;
    for (const iac::TextFile &file : std::as_const(m_files)) {
        const bool exists =
            !m_folder->text().isEmpty() && QFileInfo::exists(root.filePath(file.path));
        auto *item = new QTreeWidgetItem(
            m_fileList,
            {file.path, file.resources > 0 ? QString::number(file.resources) : QString(),
             exists ? tr("replaced") : tr("new")});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        resources += file.resources;
        replaced += exists ? 1 : 0;
        if (file.path == current
            || (!select && file.path.endsWith(u".tf"_s) && !file.path.endsWith(u"main.tf"_s)))
            select = item;
    }
    if (!select && m_fileList->topLevelItemCount() > 0)
        select = m_fileList->topLevelItem(0);
    m_fileList->setCurrentItem(select);
    showFile();
    const QString where = QDir::toNativeSeparators(m_folder->text());
    QString summary =
        m_files.isEmpty()
            ? tr("Nothing to write: choose at least one control plane and a format.")
            : tr("%n files will be written to %1", nullptr, int(m_files.size())).arg(where)
                  + u", "_s + tr("%n resources and entities", nullptr, resources);
    if (replaced > 0)
        summary += u"; "_s + tr("%n existing files will be replaced.", nullptr, replaced);
    if (reading)
        summary += u" "_s
                   + tr("Reading the services, routes and consumers of the control "
                        "planes…");
    m_summary->setText(summary);
    m_write->setEnabled(!reading && !m_files.isEmpty() && !m_folder->text().trimmed().isEmpty());
    // Written anyway if asked: the plugins scoped to what was not read keep the live ids.
    m_error->showMessage(
        m_readError.isEmpty()
            ? QString()
            : tr("The services, routes and consumers could not be read (%1). They are left "
                 "out; plugins that apply to them keep the live ids.")
                  .arg(m_readError));
}

void ExportDialog::showFile() {
    QTreeWidgetItem *item = m_fileList->currentItem();
    const int row = item ? m_fileList->indexOfTopLevelItem(item) : -1;
    m_preview->setPlainText(
        row >= 0 && row < m_files.size() ? QString::fromUtf8(m_files.at(row).contents) : QString());
}

void ExportDialog::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ExportDialog::write() {
    const QString folder = m_folder->text().trimmed();
    if (const Status written = iac::writeExport(m_files, folder); !written) {
        m_error->showMessage(written.error().detail());
        return;
    }
    Q_EMIT exported(folder, int(m_files.size()));
    accept();
}

} // namespace kd
