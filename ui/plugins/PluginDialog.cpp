#include "ui/plugins/PluginDialog.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/PluginAdvice.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaneParts.h"
#include "ui/theme/ApplyTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// A row of the form: a new W called `name` (tests find it so) beside `label`.
template <typename W>
W *addNamedRow(QFormLayout *form, const QString &label, const QString &name, QWidget *parent) {
    auto *widget = new W(parent);
    widget->setObjectName(name);
    form->addRow(label, widget);
    return widget;
}
} // namespace

namespace {
const QString rla = u"rate-limiting-advanced"_s;
const QString aiRla = u"ai-rate-limiting-advanced"_s;
const QString pca = u"proxy-cache-advanced"_s;
const QString graphqlRla = u"graphql-rate-limiting-advanced"_s;
const QString protection = u"service-protection"_s;

// Per plugin, from its schema: identifiers, strategies, and which fields it has.
QStringList identifiersOf(const QString &name) {
    if (name == rla)
        return {u"consumer"_s, u"consumer-group"_s, u"credential"_s, u"header"_s,
                u"ip"_s,       u"path"_s,           u"route"_s,      u"service"_s};
    if (name == aiRla)
        return {u"consumer"_s, u"consumer-group"_s, u"credential"_s, u"header"_s,
                u"ip"_s,       u"path"_s,           u"service"_s};
    if (name == graphqlRla)
        return {u"consumer"_s, u"credential"_s, u"ip"_s};
    return {};
}

QStringList strategiesOf(const QString &name) {
    if (name == pca)
        return {u"memory"_s, u"redis"_s};
    if (name == graphqlRla)
        return {u"cluster"_s, u"redis"_s};
    return {u"local"_s, u"cluster"_s, u"redis"_s};
}

bool hasLimits(const QString &name) {
    return name == rla || name == graphqlRla || name == protection || name == aiRla;
}

QString numberText(const QVariant &value) {
    return QString::number(value.toDouble(), 'g', 12);
}

void setCombo(QComboBox *combo, const QStringList &items, const QString &current) {
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(std::max(0, static_cast<int>(items.indexOf(current))));
}
} // namespace

PluginDialog::PluginDialog(const FleetStore *store, const QString &controlPlaneId, QWidget *parent)
    : QDialog(parent)
    , m_store(store) {
    m_existing.controlPlaneId = controlPlaneId;
    m_existing.name = rla;
    setWindowTitle(tr("New plugin"));
    build();
}

PluginDialog::PluginDialog(const FleetStore *store, const Plugin &existing, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_existing(existing) {
    setWindowTitle(
        tr("Edit %1").arg(existing.instanceName.isEmpty() ? existing.name : existing.instanceName));
    build();
}

QString PluginDialog::controlPlaneId() const {
    return m_controlPlane ? m_controlPlane->currentData().toString() : m_existing.controlPlaneId;
}

void PluginDialog::build() {
    setObjectName(u"pluginDialog"_s);
    resize(620, 600);
    auto *top = new QFormLayout;
    m_name = new QComboBox(this);
    m_name->setObjectName(u"pluginName"_s);
    if (creating()) {
        m_controlPlane = new QComboBox(this);
        m_controlPlane->setObjectName(u"controlPlane"_s);
        addControlPlanes(m_controlPlane, m_store, m_existing.controlPlaneId);
        top->addRow(tr("&Control plane:"), m_controlPlane);
        m_name->setEditable(true); // any plugin Kong has, edited as JSON
        m_name->addItems(plugins::redisPlugins());
        m_name->insertSeparator(m_name->count());
        m_name->addItems(plugins::governancePlugins());
        connect(m_controlPlane, &QComboBox::currentIndexChanged, this, &PluginDialog::fillPartials);
    } else {
        m_name->addItem(m_existing.name);
        m_name->setEnabled(false);
        const ControlPlane *cp = m_store->controlPlane(m_existing.controlPlaneId);
        top->addRow(tr("Control plane:"),
                    new QLabel(cp ? cp->name : m_existing.controlPlaneId, this));
    }
    top->addRow(tr("&Plugin:"), m_name);
    m_instance = new QLineEdit(m_existing.instanceName, this);
    m_instance->setObjectName(u"instanceName"_s);
    top->addRow(tr("&Instance name:"), m_instance);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(u"enabled"_s);
    m_enabled->setChecked(m_existing.enabled);
    top->addRow(QString(), m_enabled);

    // The form of the Redis-backed plugins.
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    m_limits = new QLineEdit(m_form);
    m_limits->setObjectName(u"limits"_s);
    m_limitsLabel = new QLabel(m_form);
    m_limitsLabel->setBuddy(m_limits);
    form->addRow(m_limitsLabel, m_limits);
    m_windowType = addNamedRow<QComboBox>(form, tr("&Window type:"), u"windowType"_s, m_form);
    m_windowType->addItems({u"sliding"_s, u"fixed"_s});
    m_identifier = addNamedRow<QComboBox>(form, tr("Count &per:"), u"identifier"_s, m_form);
    m_strategy = addNamedRow<QComboBox>(form, tr("&Strategy:"), u"strategy"_s, m_form);
    m_partial = addNamedRow<QComboBox>(form, tr("&Redis configuration:"), u"partial"_s, m_form);
    m_syncRate = addNamedRow<QLineEdit>(form, tr("S&ync rate:"), u"syncRate"_s, m_form);
    m_syncRate->setPlaceholderText(tr("seconds between syncs with Redis, e.g. 0.5"));
    m_syncAdvice = new QLabel(m_form);
    m_syncAdvice->setObjectName(u"syncAdvice"_s);
    m_syncAdvice->setWordWrap(true);
    applyTone(m_syncAdvice, Tone::Warning);
    // Room for two lines: a form layout does not grow rows for wrapped text by itself.
    m_syncAdvice->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 4);
    m_syncAdvice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_syncAdvice);
    m_namespace = addNamedRow<QLineEdit>(form, tr("&Namespace:"), u"namespace"_s, m_form);
    m_cacheTtl = addNamedRow<QLineEdit>(form, tr("Cache &TTL (s):"), u"cacheTtl"_s, m_form);
    m_contentTypes = addNamedRow<QLineEdit>(form, tr("C&ontent types:"), u"contentTypes"_s, m_form);
    auto *asJson = new QPushButton(tr("Edit as &JSON…"), m_form);
    asJson->setObjectName(u"editAsJson"_s);
    form->addRow(QString(), asJson);
    connect(asJson, &QPushButton::clicked, this, &PluginDialog::switchToJson);
    connect(m_syncRate, &QLineEdit::textChanged, this, &PluginDialog::updateAdvice);
    connect(m_partial, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_partial->currentData().toString().isEmpty())
            m_strategy->setCurrentText(u"redis"_s); // a linked partial means Redis counts
        updateAdvice();
    });

    // Everything else: the plugin as JSON.
    auto *jsonPage = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(u"pluginJson"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_managedRefs = new QPushButton(tr("Fill &Managed-Cache References"), jsonPage);
    m_managedRefs->setObjectName(u"fillManagedReferences"_s);
    m_managedRefs->setToolTip(tr("For plugins that cannot link a Redis configuration: sets "
                                 "config.redis to the {vault://env/ADDON_MANAGED_CACHE_…} "
                                 "references of this control plane's managed cache."));
    connect(m_managedRefs, &QPushButton::clicked, this, &PluginDialog::fillManagedReferences);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_managedRefs, 0, Qt::AlignLeft);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_form);
    m_pages->addWidget(jsonPage);

    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(creating() ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &PluginDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_name, &QComboBox::currentTextChanged, this, &PluginDialog::nameChanged);
    nameChanged();
}

void PluginDialog::showPage(QWidget *page) {
    m_pages->setCurrentWidget(page);
    // The JSON document holds the instance name and enabled itself.
    const bool form = page == m_form;
    auto *top =
        static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    for (QWidget *w : {static_cast<QWidget *>(m_instance), static_cast<QWidget *>(m_enabled)}) {
        w->setVisible(form);
        if (QWidget *label = top->labelForField(w))
            label->setVisible(form);
    }
}

bool PluginDialog::formShown() const {
    return m_pages->currentWidget() == m_form;
}

void PluginDialog::nameChanged() {
    const QString name = m_name->currentText().trimmed();
    Plugin shown = m_existing;
    if (creating()) {
        shown = Plugin{};
        shown.name = name;
        shown.controlPlaneId = controlPlaneId();
    }
    if (plugins::redisPlugins().contains(name)) {
        showPage(m_form);
        fillForm(shown);
    } else {
        showPage(m_json->parentWidget());
        m_json->setPlainText(QString::fromUtf8(plugins::toDocument(shown)));
        const ManagedCache *cache = m_store->cacheOf(controlPlaneId());
        m_managedRefs->setEnabled(cache && !plugins::managedCacheRedisFields(*cache).isEmpty());
    }
}

void PluginDialog::fillForm(const Plugin &plugin) {
    const QString name = plugin.name;
    const QVariantMap config = plugin.config();
    const bool limits = hasLimits(name);
    m_limits->setVisible(limits);
    m_limitsLabel->setVisible(limits);
    QStringList pairs;
    if (name == aiRla) {
        m_limitsLabel->setText(tr("&Limits per provider:"));
        m_limits->setPlaceholderText(tr("provider limit/window in s, e.g. openai 100000/60"));
        for (const QVariant &provider : config.value(u"llm_providers"_s).toList()) {
            const QVariantMap p = provider.toMap();
            pairs.append(u"%1 %2/%3"_s.arg(p.value(u"name"_s).toString(),
                                           numberText(p.value(u"limit"_s)),
                                           numberText(p.value(u"window_size"_s))));
        }
    } else {
        m_limitsLabel->setText(tr("&Limits:"));
        m_limits->setPlaceholderText(tr("requests/window in s, e.g. 100/60, 5000/3600"));
        const QVariantList limit = config.value(u"limit"_s).toList();
        const QVariantList window = config.value(u"window_size"_s).toList();
        for (qsizetype i = 0; i < std::min(limit.size(), window.size()); ++i)
            pairs.append(numberText(limit.at(i)) + u'/' + numberText(window.at(i)));
    }
    m_limits->setText(pairs.join(u", "_s));
    const bool rateLimiter = name != pca;
    for (QWidget *w : {static_cast<QWidget *>(m_windowType), static_cast<QWidget *>(m_syncRate),
                       static_cast<QWidget *>(m_syncAdvice)}) {
        w->setVisible(rateLimiter);
        if (auto *label = static_cast<QFormLayout *>(m_form->layout())->labelForField(w))
            label->setVisible(rateLimiter);
    }
    const bool hasNamespace = rateLimiter && name != aiRla;
    m_namespace->setVisible(hasNamespace);
    static_cast<QFormLayout *>(m_form->layout())
        ->labelForField(m_namespace)
        ->setVisible(hasNamespace);
    for (QWidget *w : {m_cacheTtl, m_contentTypes}) {
        w->setVisible(!rateLimiter);
        static_cast<QFormLayout *>(m_form->layout())->labelForField(w)->setVisible(!rateLimiter);
    }
    const QStringList identifiers = identifiersOf(name);
    m_identifier->setVisible(!identifiers.isEmpty());
    static_cast<QFormLayout *>(m_form->layout())
        ->labelForField(m_identifier)
        ->setVisible(!identifiers.isEmpty());
    setCombo(m_identifier, identifiers, config.value(u"identifier"_s, u"consumer"_s).toString());
    setCombo(m_windowType, {u"sliding"_s, u"fixed"_s},
             config.value(u"window_type"_s, u"sliding"_s).toString());
    const QStringList strategies = strategiesOf(name);
    setCombo(m_strategy, strategies, config.value(u"strategy"_s, strategies.first()).toString());
    m_syncRate->setText(config.contains(u"sync_rate"_s) && !config.value(u"sync_rate"_s).isNull()
                            ? numberText(config.value(u"sync_rate"_s))
                            : (creating() ? u"0.5"_s : QString()));
    m_namespace->setText(config.value(u"namespace"_s).toString());
    m_cacheTtl->setText(config.value(u"cache_ttl"_s, 300).toString());
    m_contentTypes->setText(
        config.value(u"content_type"_s, QStringList{u"text/plain"_s, u"application/json"_s})
            .toStringList()
            .join(u", "_s));
    fillPartials();
}

void PluginDialog::preselectPartial(const QString &partialId) {
    const int index = m_partial->findData(partialId);
    if (index >= 0)
        m_partial->setCurrentIndex(index);
}

void PluginDialog::fillPartials() {
    const QString name = m_name->currentText().trimmed();
    const QString current = m_partial->currentData().toString();
    const QString linked = m_existing.partialIds.value(0);
    m_partial->clear();
    m_partial->addItem(tr("None: strategy decides where counters live"), QString());
    const auto slot = plugins::slotFor(name, PartialType::RedisEe);
    if (slot) {
        for (const QString &id : m_store->partialsOf(controlPlaneId())) {
            const Partial *partial = m_store->partial(id);
            if (partial->type.value != slot->type)
                continue; // the plugin would refuse it
            QString label = partial->name;
            if (partial->konnectManaged())
                label += tr(" (managed cache)");
            m_partial->addItem(label, id);
        }
    }
    const QString wanted = current.isEmpty() ? linked : current;
    m_partial->setCurrentIndex(std::max(0, m_partial->findData(wanted)));
    updateAdvice();
}

void PluginDialog::updateAdvice() {
    bool ok = false;
    const double rate = m_syncRate->text().trimmed().toDouble(&ok);
    std::optional<CacheTier> tier;
    const QString partialId = m_partial->currentData().toString();
    for (const QString &owner : m_store->cacheOwnerIds()) {
        const ManagedCache *cache = m_store->cacheOf(owner);
        if (cache && !partialId.isEmpty() && cache->cacheConfigId == partialId)
            tier = cache->tier.value;
    }
    m_syncAdvice->setText(ok ? advisor::syncRateAdvice(rate, tier) : QString());
}

Result<Plugin> PluginDialog::fromForm() const {
    const auto invalid = [](const QString &message) {
        return Error::invalid(u"plugin"_s, message);
    };
    Plugin plugin = m_existing;
    const QString name = m_name->currentText().trimmed();
    plugin.name = name;
    plugin.controlPlaneId = controlPlaneId();
    if (const ControlPlane *cp = m_store->controlPlane(plugin.controlPlaneId))
        plugin.geo = cp->geo;
    QVariantMap config = plugin.config();
    if (hasLimits(name)) {
        const QStringList entries = m_limits->text().split(u',', Qt::SkipEmptyParts);
        if (entries.isEmpty())
            return invalid(tr("Give at least one limit, such as 100/60 (100 requests a minute)."));
        QVariantList limits;
        QVariantList windows;
        QVariantList providers;
        for (QString entry : entries) {
            entry = entry.trimmed();
            QString provider;
            if (name == aiRla) {
                const auto space = entry.indexOf(u' ');
                if (space <= 0)
                    return invalid(tr("\"%1\": write the provider, then limit/window, such as "
                                      "openai 100000/60.")
                                       .arg(entry));
                provider = entry.left(space);
                entry = entry.mid(space + 1).trimmed();
            }
            const QStringList parts = entry.split(u'/');
            bool limitOk = false;
            bool windowOk = false;
            const double limit = parts.value(0).toDouble(&limitOk);
            const double window = parts.value(1).toDouble(&windowOk);
            if (parts.size() != 2 || !limitOk || !windowOk || limit <= 0 || window <= 0)
                return invalid(tr("\"%1\" is not limit/window (both above 0).").arg(entry));
            if (name == aiRla)
                providers.append(QVariantMap{
                    {u"name"_s, provider}, {u"limit"_s, limit}, {u"window_size"_s, window}});
            limits.append(limit);
            windows.append(window);
        }
        if (name == aiRla) {
            config.insert(u"llm_providers"_s, providers);
        } else {
            config.insert(u"limit"_s, limits);
            config.insert(u"window_size"_s, windows);
        }
    }
    const bool rateLimiter = name != pca;
    const QString strategy = m_strategy->currentText();
    config.insert(u"strategy"_s, strategy);
    if (m_identifier->isVisibleTo(this) && m_identifier->count() > 0)
        config.insert(u"identifier"_s, m_identifier->currentText());
    if (rateLimiter) {
        config.insert(u"window_type"_s, m_windowType->currentText());
        const QString text = m_syncRate->text().trimmed();
        bool ok = false;
        const double rate = text.toDouble(&ok);
        if (!text.isEmpty() && !ok)
            return invalid(tr("The sync rate is a number of seconds, such as 0.5."));
        if (text.isEmpty() && (name == graphqlRla || strategy != u"local"_s))
            return invalid(tr("Strategy %1 needs a sync rate; Kong recommends 0.5.").arg(strategy));
        if (ok && rate > 0 && rate < 0.02)
            return invalid(tr("The smallest sync rate Kong accepts is 0.02."));
        if (ok)
            config.insert(u"sync_rate"_s, rate);
        else
            config.remove(u"sync_rate"_s);
        if (name != aiRla) {
            const QString ns = m_namespace->text().trimmed();
            if (ns.isEmpty())
                config.remove(u"namespace"_s);
            else
                config.insert(u"namespace"_s, ns);
        }
    } else {
        bool ok = false;
        const int ttl = m_cacheTtl->text().trimmed().toInt(&ok);
        if (!ok || ttl <= 0)
            return invalid(tr("The cache TTL is a number of seconds above 0."));
        config.insert(u"cache_ttl"_s, ttl);
        QStringList types;
        for (const QString &type : m_contentTypes->text().split(u',', Qt::SkipEmptyParts))
            types.append(type.trimmed());
        if (types.isEmpty())
            return invalid(tr("List the content types to cache, such as application/json."));
        config.insert(u"content_type"_s, types);
    }
    const QString partialId = m_partial->currentData().toString();
    if (partialId.isEmpty()) {
        plugin.partialIds.clear();
        if (strategy == u"redis"_s
            && config.value(u"redis"_s).toMap().value(u"host"_s).toString().isEmpty())
            return invalid(tr("Strategy redis needs a Redis configuration: pick one (the "
                              "managed cache's, for example)."));
    } else {
        plugin.partialIds = {partialId};
        config.remove(u"redis"_s); // the partial supplies it
    }
    plugin.setConfig(config);
    plugin.instanceName = m_instance->text().trimmed();
    plugin.enabled = m_enabled->isChecked();
    return plugin;
}

void PluginDialog::switchToJson() {
    auto plugin = fromForm();
    if (!plugin) {
        showError(plugin.error().message());
        return;
    }
    showError({});
    m_json->setPlainText(QString::fromUtf8(plugins::toDocument(*plugin)));
    m_existing = *plugin; // the JSON edits this from now on
    showPage(m_json->parentWidget());
    m_name->setEnabled(false);
    const ManagedCache *cache = m_store->cacheOf(controlPlaneId());
    m_managedRefs->setEnabled(cache && !plugins::managedCacheRedisFields(*cache).isEmpty());
}

void PluginDialog::fillManagedReferences() {
    const ManagedCache *cache = m_store->cacheOf(controlPlaneId());
    if (!cache)
        return;
    Plugin base = m_existing;
    base.name = m_name->currentText().trimmed();
    auto current = plugins::fromDocument(m_json->toPlainText().toUtf8(), base);
    if (!current) {
        showError(current.error().message());
        return;
    }
    Plugin plugin = *current;
    const auto slot = plugins::slotFor(plugin.name, PartialType::RedisEe);
    const QString path = slot ? slot->path : u"config.redis"_s;
    QVariantMap config = plugin.config();
    QVariantMap redis = plugins::valueAtPath(config, path).toMap();
    const QVariantMap fields = plugins::managedCacheRedisFields(*cache);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        redis.insert(it.key(), it.value());
    plugins::setAtPath(config, path, redis);
    plugin.setConfig(config);
    m_json->setPlainText(QString::fromUtf8(plugins::toDocument(plugin)));
    showError({});
}

void PluginDialog::submit() {
    Result<Plugin> plugin = Error::invalid(u"plugin"_s, QString());
    if (formShown()) {
        plugin = fromForm();
    } else {
        Plugin base = m_existing;
        base.name = m_name->currentText().trimmed();
        base.controlPlaneId = controlPlaneId();
        if (const ControlPlane *cp = m_store->controlPlane(base.controlPlaneId))
            base.geo = cp->geo;
        if (base.name.isEmpty()) {
            showError(tr("Name the plugin, such as key-auth."));
            return;
        }
        plugin = plugins::fromDocument(m_json->toPlainText().toUtf8(), base);
    }
    if (!plugin) {
        showError(plugin.error().message()); // the text stays as typed
        return;
    }
    showError({});
    m_result = *plugin;
    Q_EMIT submitted();
}

void PluginDialog::setBusy(bool busy) {
    m_ok->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PluginDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
