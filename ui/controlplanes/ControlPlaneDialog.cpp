#include "ui/controlplanes/ControlPlaneDialog.h"

#include "fleet/ControlPlaneRules.h"
#include "fleet/FleetStore.h"
#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QWidget *editableTable(QTableWidget *table, const QStringList &headers, QWidget *parent) {
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    auto *add = new QPushButton(QObject::tr("Add"), parent);
    auto *remove = new QPushButton(QObject::tr("Remove"), parent);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return box;
}

QString cell(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setRow(QTableWidget *table, const QStringList &values) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < values.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(values.at(column)));
}
} // namespace

ControlPlaneDialog::ControlPlaneDialog(const QList<Geo> &geos, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("New control plane"));
    build(geos);
}

ControlPlaneDialog::ControlPlaneDialog(const ControlPlane &existing, QWidget *parent)
    : QDialog(parent)
    , m_existingId(existing.id)
    , m_existingGeo(existing.geo) {
    setWindowTitle(tr("Edit %1").arg(existing.name));
    build({existing.geo});
    m_name->setText(existing.name);
    m_description->setPlainText(existing.description);
    for (auto it = existing.labels.cbegin(); it != existing.labels.cend(); ++it)
        setRow(m_labels, {it.key(), it.value()});
    for (const ProxyUrl &url : existing.proxyUrls)
        setRow(m_proxies, {url.host, QString::number(url.port), url.protocol});
}

void ControlPlaneDialog::build(const QList<Geo> &geos) {
    setObjectName(u"controlPlaneDialog"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(256);
    m_geo = new QComboBox(this);
    m_geo->setObjectName(u"geo"_s);
    for (Geo geo : geos)
        m_geo->addItem(geoDisplayName(geo) + u" ("_s + geoId(geo) + u')', static_cast<int>(geo));
    m_geo->setEnabled(!editing());
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"description"_s);
    m_description->setFixedHeight(60);
    m_cloudGateway = new QCheckBox(tr("Dedicated Cloud Gateway (data planes run in Kong's "
                                      "cloud; cannot be changed later)"),
                                   this);
    m_cloudGateway->setObjectName(u"cloudGateway"_s);
    m_cloudGateway->setChecked(true);
    m_cloudGateway->setEnabled(!editing());
    m_labels = new QTableWidget(this);
    m_labels->setObjectName(u"labels"_s);
    m_proxies = new QTableWidget(this);
    m_proxies->setObjectName(u"proxyUrls"_s);
    m_error = new ErrorLabel(this);
    m_nameError = new ErrorLabel(this);
    m_nameError->setObjectName(u"nameError"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Geo:"), m_geo);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_cloudGateway);
    form->addRow(tr("&Labels:"), editableTable(m_labels, {tr("Key"), tr("Value")}, this));
    form->addRow(tr("&Proxy URLs:"),
                 editableTable(m_proxies, {tr("Host"), tr("Port"), tr("Protocol")}, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(editing() ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Whatever was said is about the inputs before this change.
    const auto changed = [this] {
        m_error->showMessage({});
        checkName();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_geo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { m_error->showMessage({}); });
    for (QTableWidget *table : {m_labels, m_proxies})
        connect(table, &QTableWidget::itemChanged, this, [this] { m_error->showMessage({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 520);
    setMaximumWidth(720);
}

void ControlPlaneDialog::setInventory(const FleetStore *store) {
    m_store = store;
    checkName();
}

QString ControlPlaneDialog::checkName() {
    QString problem;
    const QString name = m_name->text().trimmed();
    if (m_store && !name.isEmpty()) {
        for (const QString &id : m_store->controlPlaneIds()) {
            const ControlPlane *cp = m_store->controlPlane(id);
            if (cp && id != m_existingId && cp->geo == geo() && cp->name == name) {
                problem = tr("%1 already has a control plane called %2: choose another name.")
                              .arg(geoDisplayName(geo()), name);
                break;
            }
        }
    }
    m_nameError->showMessage(problem);
    return problem;
}

Geo ControlPlaneDialog::geo() const {
    return editing() ? m_existingGeo : static_cast<Geo>(m_geo->currentData().toInt());
}

Labels ControlPlaneDialog::labels() const {
    Labels labels;
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QString key = cell(m_labels, row, 0);
        if (!key.isEmpty() || !cell(m_labels, row, 1).isEmpty())
            labels.insert(key, cell(m_labels, row, 1));
    }
    return labels;
}

QList<ProxyUrl> ControlPlaneDialog::proxyUrls() const {
    QList<ProxyUrl> urls;
    for (int row = 0; row < m_proxies->rowCount(); ++row) {
        const QString host = cell(m_proxies, row, 0);
        if (host.isEmpty() && cell(m_proxies, row, 1).isEmpty())
            continue;
        const QString protocol = cell(m_proxies, row, 2);
        urls.append(
            {host, cell(m_proxies, row, 1).toInt(), protocol.isEmpty() ? u"https"_s : protocol});
    }
    return urls;
}

ControlPlaneCreate ControlPlaneDialog::createRequest() const {
    ControlPlaneCreate create;
    create.name = m_name->text().trimmed();
    create.description = m_description->toPlainText().trimmed();
    create.cloudGateway = m_cloudGateway->isChecked();
    create.labels = labels();
    create.proxyUrls = proxyUrls();
    return create;
}

ControlPlanePatch ControlPlaneDialog::patchRequest() const {
    ControlPlanePatch patch;
    patch.name = m_name->text().trimmed();
    patch.description = m_description->toPlainText().trimmed();
    patch.labels = labels();
    patch.proxyUrls = proxyUrls();
    return patch;
}

bool ControlPlaneDialog::validate() {
    const QList<FieldProblem> problems = validateControlPlane(
        m_name->text().trimmed(), m_description->toPlainText().trimmed(), labels(), proxyUrls());
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages.append(problem.message);
    showError(messages.join(u'\n'));
    const bool duplicate = !checkName().isEmpty();
    if (duplicate || (!problems.isEmpty() && problems.first().field == u"name"_s))
        m_name->setFocus();
    return problems.isEmpty() && !duplicate;
}

void ControlPlaneDialog::setBusy(bool busy) {
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Sending…") : (editing() ? tr("Save") : tr("Create")));
}

void ControlPlaneDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
