#include "ui/common/TablePane.h"

#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/KeyedRowModel.h"
#include "ui/common/FilterBar.h"
#include "ui/common/LinkedPluginsDialog.h"
#include "ui/common/PaneParts.h"
#include "ui/common/Shortcuts.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

namespace {
// Rows come geo by geo: columns fit them once a burst is over.
constexpr auto fitDelay = 150ms;
// Header changes are written once the user stops dragging or clicking.
constexpr auto saveDelay = 400ms;
} // namespace

TablePane::TablePane(FleetStore *store, FleetActions *actions, KeyedRowModel *model,
                     const QString &entity, int sortColumn, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_fleetActions(actions)
    , m_model(model)
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_empty(new QLabel(this))
    , m_new(makeStandardAction(StandardAction::New, tr("&New…"), this))
    , m_edit(makeStandardAction(StandardAction::Edit, tr("&Edit…"), this))
    , m_delete(makeStandardAction(StandardAction::Delete, tr("&Delete…"), this))
    , m_stem(entity + u's')
    , m_fit(new QTimer(this))
    , m_save(new QTimer(this)) {
    setObjectName(m_stem + u"Pane"_s);
    for (const QChar c : std::as_const(m_stem))
        m_paneId += c.isUpper() ? u'-' + QString(c.toLower()) : QString(c);
    model->setParent(this);
    m_proxy->setSourceModel(model);

    m_view->setObjectName(m_stem + u"View"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    enableRowMenu(m_view, this, [this] { return m_paneActions; });
    connect(m_view, &QTableView::doubleClicked, m_edit, &QAction::trigger);

    m_details->setObjectName(entity + u"Details"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"plugin"_s)
            Q_EMIT showPluginRequested(url.path());
        else if (url.scheme() == u"partial"_s)
            Q_EMIT showPartialRequested(url.path());
    });

    connect(m_new, &QAction::triggered, this, [this] { createItem(); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            editItem();
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            deleteItem();
    });
    m_paneActions = {m_new, m_edit, m_delete};
    m_rowActions = {m_edit, m_delete};
    m_writeActions = {m_new, m_edit, m_delete};

    m_toolbar = makePaneToolbar(this, m_stem + u"Toolbar"_s, m_paneActions, m_proxy, {});

    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_empty);
    // The details, and under them whatever a pane adds (addBelowDetails).
    auto *side = new QWidget(this);
    m_side = new QVBoxLayout(side);
    m_side->setContentsMargins(0, 0, 0, 0);
    m_side->addWidget(m_details, 1);
    layout->addWidget(makeTableSplitter(m_view, side, this), 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
        if (const QString id = currentId(); !id.isEmpty() && !m_selecting)
            Q_EMIT currentIdChanged(id);
    });
    showDetailsOfCurrentRow(m_model, m_view, this, [this] {
        updateActions();
        showDetails();
    });
    connect(store, &FleetStore::readOnlyChanged, this, &TablePane::updateActions);

    // The badge counts the rows; the first row is selected so the details are never empty
    // when there is something, and a row just created is selected as soon as it arrives.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && selectId(m_pendingSelection))
            m_pendingSelection.clear();
        else if (!m_view->currentIndex().isValid())
            m_view->selectRow(0);
        Q_EMIT badgeChanged(QString::number(m_model->rowCount()), false);
        updateEmptyState();
        if (!m_userSized)
            m_fit->start();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        Q_EMIT badgeChanged(QString::number(m_model->rowCount()), false);
        updateEmptyState();
    });

    m_fit->setSingleShot(true);
    m_fit->setInterval(fitDelay);
    connect(m_fit, &QTimer::timeout, this, &TablePane::fitColumns);
    m_save->setSingleShot(true);
    m_save->setInterval(saveDelay);
    connect(m_save, &QTimer::timeout, this, &TablePane::saveHeader);
    restoreHeader();
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // A resize while a mouse button is down is the user's; the rest are ours or the
        // last section stretching.
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton) {
            m_userSized = true;
            m_save->start();
        }
    });
    connect(header, &QHeaderView::sortIndicatorChanged, m_save, qOverload<>(&QTimer::start));
}

TablePane::~TablePane() {
    if (m_save->isActive())
        saveHeader();
}

QList<QAction *> TablePane::paneActions() const {
    return m_paneActions;
}

void TablePane::setTexts(const Texts &texts) {
    m_texts = texts;
    findChild<FilterBar *>()->setPlaceholderText(texts.filter);
    updateEmptyState();
}

void TablePane::showDetails() {
    const QString html = detailsHtml(currentId());
    setDetailsHtml(m_details, html.isEmpty() ? m_texts.noSelection : html);
}

void TablePane::addPaneAction(QAction *action, bool needsRow) {
    m_paneActions.insert(m_paneActions.indexOf(m_delete), action);
    m_toolbar->insertAction(m_delete, action);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_writeActions.append(action);
    if (needsRow)
        m_rowActions.append(action);
    updateActions();
}

void TablePane::addTrailingAction(QAction *action) {
    m_paneActions.append(action);
    m_toolbar->insertAction(m_toolbar->actions().value(m_paneActions.size() - 1), action);
    addAction(action);
}

QString TablePane::currentId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(m_proxy->mapToSource(current).row()) : QString();
}

bool TablePane::selectId(const QString &id) {
    const QModelIndex source = m_model->indexOfId(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        if (auto *filter = findChild<FilterBar *>())
            filter->clear(); // the filter hid it
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    followSelection(m_view, index, m_selecting);
    return true;
}

bool TablePane::jumpTo(const QString &id) {
    if (!selectId(id))
        return false;
    m_view->setFocus();
    return true;
}

void TablePane::selectCreated(const QString &id) {
    if (selectId(id)) {
        m_pendingSelection.clear();
        m_view->setFocus();
    } else {
        m_pendingSelection = id;
    }
}

void TablePane::setSignedIn(bool signedIn) {
    m_signedIn = signedIn;
    updateActions();
    updateEmptyState();
}

bool TablePane::writable() const {
    return m_signedIn && !m_store->readOnly();
}

void TablePane::updateActions() {
    const bool row = !currentId().isEmpty();
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(writable() && (row || !m_rowActions.contains(action)));
    const QString refusal = row ? deleteRefusal(currentId()) : QString();
    if (!m_deleteRefused)
        m_deleteToolTip = m_delete->toolTip();
    m_deleteRefused = !refusal.isEmpty();
    if (m_deleteRefused)
        m_delete->setEnabled(false);
    m_delete->setToolTip(m_deleteRefused ? refusal : m_deleteToolTip);
}

void TablePane::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(m_signedIn ? emptyText() : m_texts.signedOut);
}

void TablePane::insertAboveTable(QWidget *widget) {
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_empty), widget);
}

void TablePane::refuseDeleteWhileLinked(const QString &dialogName, const QString &title,
                                        const QString &text, const QList<PartialLink> &links) {
    auto *inUse = new LinkedPluginsDialog(title, text, links, this);
    inUse->setObjectName(dialogName);
    inUse->setAttribute(Qt::WA_DeleteOnClose);
    connect(inUse, &LinkedPluginsDialog::showPluginRequested, this,
            &TablePane::showPluginRequested);
    inUse->open();
}

void TablePane::stopDeleteOnFailedCheck(const QString &name, const QString &error) {
    auto *failed = new QMessageBox(QMessageBox::Warning, tr("Cannot delete %1").arg(name),
                                   tr("Could not find out which plugins use %1, so it was not "
                                      "deleted: %2 Try again when Konnect answers.")
                                       .arg(name, error),
                                   QMessageBox::Close, this);
    failed->setObjectName(u"deleteCheckFailed"_s);
    failed->setAttribute(Qt::WA_DeleteOnClose);
    failed->open();
}

void TablePane::fitColumns() {
    m_fitting = true;
    m_view->resizeColumnsToContents();
    m_fitting = false;
}

void TablePane::addBelowDetails(QWidget *widget) {
    m_side->addWidget(widget);
}

QString TablePane::settingsKey() const {
    return u"panes/"_s + m_stem + u"/"_s;
}

void TablePane::restoreHeader() {
    const QSettings settings;
    const QByteArray state = settings.value(settingsKey() + u"header"_s).toByteArray();
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    if (header->restoreState(state)) {
        m_userSized = settings.value(settingsKey() + u"sized"_s).toBool();
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_fitting = false;
}

void TablePane::saveHeader() const {
    QSettings settings;
    settings.setValue(settingsKey() + u"header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey() + u"sized"_s, m_userSized);
}

} // namespace kd
