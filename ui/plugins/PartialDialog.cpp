#include "ui/plugins/PartialDialog.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaneParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
enum class Kind { Text, Reference, Secret, Port, Integer, OptionalInteger, Flag, Nodes };

struct Spec {
    const char *key;
    const char *label;
    Kind kind;
    const char *group;
};

// The redis-ee config fields, from PartialRedisEe in the control-planes-config spec.
// Reference / Secret / Port: `x-referenceable`, so `{vault://…}` is accepted.
constexpr Spec redisFields[] = {
    {"host", QT_TRANSLATE_NOOP("kd::PartialDialog", "Host"), Kind::Reference, "Connection"},
    {"port", QT_TRANSLATE_NOOP("kd::PartialDialog", "Port"), Kind::Port, "Connection"},
    {"database", QT_TRANSLATE_NOOP("kd::PartialDialog", "Database"), Kind::Integer, "Connection"},
    {"username", QT_TRANSLATE_NOOP("kd::PartialDialog", "Username"), Kind::Reference, "Connection"},
    {"password", QT_TRANSLATE_NOOP("kd::PartialDialog", "Password"), Kind::Secret, "Connection"},
    {"ssl", QT_TRANSLATE_NOOP("kd::PartialDialog", "Use TLS"), Kind::Flag, "TLS"},
    {"ssl_verify", QT_TRANSLATE_NOOP("kd::PartialDialog", "Verify the server certificate"),
     Kind::Flag, "TLS"},
    {"server_name", QT_TRANSLATE_NOOP("kd::PartialDialog", "Server name (SNI)"), Kind::Reference,
     "TLS"},
    {"connection_is_proxied",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "Connection goes through a proxy"), Kind::Flag, "TLS"},
    {"connect_timeout", QT_TRANSLATE_NOOP("kd::PartialDialog", "Connect timeout (ms)"),
     Kind::Integer, "Timeouts and keepalive"},
    {"send_timeout", QT_TRANSLATE_NOOP("kd::PartialDialog", "Send timeout (ms)"), Kind::Integer,
     "Timeouts and keepalive"},
    {"read_timeout", QT_TRANSLATE_NOOP("kd::PartialDialog", "Read timeout (ms)"), Kind::Integer,
     "Timeouts and keepalive"},
    {"keepalive_pool_size", QT_TRANSLATE_NOOP("kd::PartialDialog", "Keepalive pool size"),
     Kind::Integer, "Timeouts and keepalive"},
    {"keepalive_backlog", QT_TRANSLATE_NOOP("kd::PartialDialog", "Keepalive backlog"),
     Kind::OptionalInteger, "Timeouts and keepalive"},
    {"sentinel_master", QT_TRANSLATE_NOOP("kd::PartialDialog", "Master name"), Kind::Text,
     "Sentinel"},
    {"sentinel_role", QT_TRANSLATE_NOOP("kd::PartialDialog", "Role (any, master, slave)"),
     Kind::Text, "Sentinel"},
    {"sentinel_nodes", QT_TRANSLATE_NOOP("kd::PartialDialog", "Nodes (host:port, …)"), Kind::Nodes,
     "Sentinel"},
    {"sentinel_username", QT_TRANSLATE_NOOP("kd::PartialDialog", "Username"), Kind::Reference,
     "Sentinel"},
    {"sentinel_password", QT_TRANSLATE_NOOP("kd::PartialDialog", "Password"), Kind::Secret,
     "Sentinel"},
    {"cluster_nodes", QT_TRANSLATE_NOOP("kd::PartialDialog", "Nodes (ip:port, …)"), Kind::Nodes,
     "Cluster"},
    {"cluster_max_redirections", QT_TRANSLATE_NOOP("kd::PartialDialog", "Max redirections"),
     Kind::Integer, "Cluster"},
    {"cloud_authentication.auth_provider",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "Provider (aws, azure, gcp)"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.aws_cache_name",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS cache name"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.aws_region", QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS region"),
     Kind::Reference, "Cloud authentication"},
    {"cloud_authentication.aws_is_serverless",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS serverless cache"), Kind::Flag,
     "Cloud authentication"},
    {"cloud_authentication.aws_assume_role_arn",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS role to assume (ARN)"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.aws_role_session_name",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS role session name"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.aws_access_key_id",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS access key id"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.aws_secret_access_key",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "AWS secret access key"), Kind::Secret,
     "Cloud authentication"},
    {"cloud_authentication.azure_client_id",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "Azure client id"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.azure_client_secret",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "Azure client secret"), Kind::Secret,
     "Cloud authentication"},
    {"cloud_authentication.azure_tenant_id",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "Azure tenant id"), Kind::Reference,
     "Cloud authentication"},
    {"cloud_authentication.gcp_service_account_json",
     QT_TRANSLATE_NOOP("kd::PartialDialog", "GCP service account JSON"), Kind::Secret,
     "Cloud authentication"},
};

// Defaults of a new redis-ee partial, as the spec gives them.
QVariantMap redisDefaults() {
    return {{u"host"_s, u"127.0.0.1"_s},
            {u"port"_s, 6379},
            {u"database"_s, 0},
            {u"ssl"_s, false},
            {u"ssl_verify"_s, true},
            {u"connect_timeout"_s, 2000},
            {u"send_timeout"_s, 2000},
            {u"read_timeout"_s, 2000},
            {u"keepalive_pool_size"_s, 256},
            {u"cluster_max_redirections"_s, 5},
            {u"connection_is_proxied"_s, false}};
}

QString nodesText(const QVariant &nodes, const QString &hostKey) {
    QStringList parts;
    for (const QVariant &node : nodes.toList()) {
        const QVariantMap map = node.toMap();
        parts.append(map.value(hostKey).toString() + u':' + map.value(u"port"_s).toString());
    }
    return parts.join(u", "_s);
}

const Spec *specOf(const QString &key) {
    for (const Spec &spec : redisFields) {
        if (key == QLatin1StringView(spec.key))
            return &spec;
    }
    return nullptr;
}
} // namespace

PartialDialog::PartialDialog(const FleetStore *store, const QString &controlPlaneId,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store) {
    m_existing.controlPlaneId = controlPlaneId;
    setWindowTitle(tr("New Redis configuration"));
    build();
    load(redisDefaults());
}

PartialDialog::PartialDialog(const FleetStore *store, const Partial &existing, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_existing(existing) {
    setWindowTitle(tr("Edit %1").arg(existing.name));
    build();
    m_name->setText(existing.name);
    load(existing.config);
}

void PartialDialog::build() {
    setObjectName(u"partialDialog"_s);
    resize(620, 720);
    auto *top = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    if (creating()) {
        m_controlPlane = new QComboBox(this);
        m_controlPlane->setObjectName(u"controlPlane"_s);
        addControlPlanes(m_controlPlane, m_store, m_existing.controlPlaneId);
        m_type = new QComboBox(this);
        m_type->setObjectName(u"type"_s);
        for (PartialType type : {PartialType::RedisEe, PartialType::RedisCe, PartialType::VectorDb,
                                 PartialType::Embeddings, PartialType::Model})
            m_type->addItem(partialTypeId(type), static_cast<int>(type));
        top->addRow(tr("&Control plane:"), m_controlPlane);
        top->addRow(tr("&Type:"), m_type);
        connect(m_type, &QComboBox::currentIndexChanged, this, &PartialDialog::typeChanged);
    } else {
        const ControlPlane *cp = m_store->controlPlane(m_existing.controlPlaneId);
        top->addRow(tr("Control plane:"),
                    new QLabel(cp ? cp->name : m_existing.controlPlaneId, this));
        top->addRow(tr("Type:"), new QLabel(m_existing.type.raw, this));
    }
    top->addRow(tr("&Name:"), m_name);

    m_redisForm = buildRedisForm();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_redisForm);
    scroll->setWidgetResizable(true);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(u"configJson"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("The configuration as a JSON object"));

    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(creating() ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartialDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (m_existing.konnectManaged()) {
        auto *note = new QLabel(tr("Konnect created this configuration for a managed cache and "
                                   "keeps it up to date; its values are vault references the "
                                   "data planes resolve. Change it only if Kong support asks."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(scroll, 1);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    typeChanged();
}

QWidget *PartialDialog::buildRedisForm() {
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    QHash<QString, QFormLayout *> groups;
    for (const Spec &spec : redisFields) {
        const QString group = QString::fromLatin1(spec.group);
        QFormLayout *rows = groups.value(group);
        if (!rows) {
            auto *box = new QGroupBox(tr(spec.group), form);
            rows = new QFormLayout(box);
            groups.insert(group, rows);
            layout->addWidget(box);
        }
        const QString key = QString::fromLatin1(spec.key);
        QWidget *widget = nullptr;
        if (spec.kind == Kind::Flag) {
            widget = new QCheckBox(form);
        } else {
            auto *edit = new QLineEdit(form);
            if (spec.kind == Kind::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                QAction *reveal = edit->addAction(QIcon::fromTheme(u"view-visible"_s),
                                                  QLineEdit::TrailingPosition);
                reveal->setCheckable(true);
                reveal->setToolTip(tr("Show"));
                connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
                    edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                });
            }
            if (spec.kind == Kind::Reference || spec.kind == Kind::Secret
                || spec.kind == Kind::Port)
                edit->setToolTip(tr("A value, or a vault reference such as "
                                    "{vault://env/REDIS_PASSWORD}"));
            widget = edit;
        }
        widget->setObjectName(key);
        m_fields.insert(key, widget);
        rows->addRow(tr(spec.label) + u':', widget);
    }
    layout->addStretch();
    return form;
}

void PartialDialog::load(const QVariantMap &config) {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Spec *spec = specOf(it.key());
        const QVariant value = plugins::valueAtPath(config, it.key());
        if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            check->setChecked(value.toBool());
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (spec->kind == Kind::Nodes)
                edit->setText(
                    nodesText(value, it.key() == u"cluster_nodes"_s ? u"ip"_s : u"host"_s));
            else
                edit->setText(value.isNull() ? QString() : value.toString());
        }
    }
    m_json->setPlainText(QString::fromUtf8(plugins::configToDocument(config)));
}

void PartialDialog::typeChanged() {
    const PartialType type =
        m_type ? static_cast<PartialType>(m_type->currentData().toInt()) : m_existing.type.value;
    const bool redis = type == PartialType::RedisEe;
    m_redisForm->parentWidget()->parentWidget()->setVisible(redis); // the scroll area
    m_json->setVisible(!redis);
    if (creating() && !redis && m_json->toPlainText().trimmed().isEmpty())
        m_json->setPlainText(u"{\n}\n"_s);
}

QString PartialDialog::read(QVariantMap &config) const {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Spec *spec = specOf(it.key());
        const QString label = tr(spec->label);
        if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            // A flag Konnect did not send stays unsent unless the user turned it on.
            if (check->isChecked() || !plugins::valueAtPath(config, it.key()).isNull())
                plugins::setAtPath(config, it.key(), check->isChecked());
            continue;
        }
        const QString text = static_cast<QLineEdit *>(it.value())->text().trimmed();
        const bool reference = plugins::isVaultReference(text);
        QVariant value;
        switch (spec->kind) {
        case Kind::Text:
        case Kind::Reference:
        case Kind::Secret:
            if (text.startsWith(u"{vault://"_s) && !reference)
                return tr("%1: a vault reference looks like {vault://env/NAME}.").arg(label);
            if (spec->kind == Kind::Text && reference)
                return tr("%1 cannot be a vault reference.").arg(label);
            if (!text.isEmpty())
                value = text;
            break;
        case Kind::Port: {
            bool ok = false;
            const int port = text.toInt(&ok);
            if (reference)
                value = text;
            else if (ok && port >= 0 && port <= 65535)
                value = port;
            else if (!text.isEmpty())
                return tr("%1 must be a number from 0 to 65535 or a vault reference.").arg(label);
            break;
        }
        case Kind::Integer:
        case Kind::OptionalInteger: {
            bool ok = false;
            const int number = text.toInt(&ok);
            if (text.isEmpty() && spec->kind == Kind::Integer)
                return tr("%1 needs a value.").arg(label);
            if (!text.isEmpty() && (!ok || number < 0))
                return tr("%1 must be a whole number, 0 or more.").arg(label);
            if (!text.isEmpty())
                value = number;
            break;
        }
        case Kind::Nodes: {
            const QString hostKey = it.key() == u"cluster_nodes"_s ? u"ip"_s : u"host"_s;
            QVariantList nodes;
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
                const QString node = part.trimmed();
                const auto colon = node.lastIndexOf(u':');
                bool ok = false;
                const int port = colon > 0 ? node.mid(colon + 1).toInt(&ok) : 0;
                if (!ok || port < 0 || port > 65535)
                    return tr("%1: \"%2\" is not host:port.").arg(label, node);
                nodes.append(QVariantMap{{hostKey, node.left(colon)}, {u"port"_s, port}});
            }
            if (!nodes.isEmpty())
                value = nodes;
            break;
        }
        case Kind::Flag:
            break;
        }
        if (value.isValid())
            plugins::setAtPath(config, it.key(), value);
        else if (!plugins::valueAtPath(config, it.key()).isNull())
            plugins::setAtPath(config, it.key(), QVariant::fromValue(nullptr));
    }
    const QString role = config.value(u"sentinel_role"_s).toString();
    if (!role.isEmpty() && role != u"any"_s && role != u"master"_s && role != u"slave"_s)
        return tr("The Sentinel role is any, master or slave.");
    const QString provider =
        plugins::valueAtPath(config, u"cloud_authentication.auth_provider"_s).toString();
    if (!provider.isEmpty() && !plugins::isVaultReference(provider) && provider != u"aws"_s
        && provider != u"azure"_s && provider != u"gcp"_s)
        return tr("The cloud authentication provider is aws, azure or gcp.");
    if (!config.value(u"sentinel_nodes"_s).toList().isEmpty()
        && !config.value(u"cluster_nodes"_s).toList().isEmpty())
        return tr("Use either Sentinel or Cluster nodes, not both.");
    return {};
}

void PartialDialog::submit() {
    Partial result = m_existing;
    result.name = m_name->text().trimmed();
    if (result.name.isEmpty()) {
        showError(tr("Give the configuration a name; plugins pick it by name."));
        m_name->setFocus();
        return;
    }
    if (creating()) {
        result.controlPlaneId = m_controlPlane->currentData().toString();
        const ControlPlane *cp = m_store->controlPlane(result.controlPlaneId);
        if (!cp) {
            showError(tr("Choose a control plane."));
            return;
        }
        result.geo = cp->geo;
        result.type = partialTypeFrom(m_type->currentText());
    }
    if (result.type.value == PartialType::RedisEe) {
        QVariantMap config = creating() ? QVariantMap() : m_existing.config;
        if (const QString problem = read(config); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        // A new partial sends only what is set; Konnect fills the defaults.
        if (creating()) {
            for (auto it = config.begin(); it != config.end();) {
                if (it.value().isNull())
                    it = config.erase(it);
                else
                    ++it;
            }
        }
        result.config = config;
    } else {
        auto config = plugins::configFromDocument(m_json->toPlainText().toUtf8());
        if (!config) {
            showError(config.error().message());
            return;
        }
        result.config = *config;
    }
    showError({});
    m_result = result;
    Q_EMIT submitted();
}

void PartialDialog::setBusy(bool busy) {
    m_ok->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PartialDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
