#include "ui/activity/ActivityPane.h"

#include "models/ActivityModel.h"
#include "models/FleetFilterProxy.h"
#include "ui/common/PaneParts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

ActivityPane::ActivityPane(CallLog *log, QWidget *parent)
    : Pane(parent)
    , m_log(log)
    , m_model(new ActivityModel(log, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_copyCurl(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy as &curl"), this)) {
    setObjectName(u"activityPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActivityModel::RawValueRole);

    m_view->setObjectName(u"activityView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::PathColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(ActivityModel::TimeColumn, 110);
    m_view->setColumnWidth(ActivityModel::MethodColumn, 70);
    m_view->setColumnWidth(ActivityModel::GeoColumn, 60);
    m_view->setColumnWidth(ActivityModel::TraceColumn, 230);

    m_copyCurl->setObjectName(u"copyCurlAction"_s);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setToolTip(tr("Copy the selected call as a curl command. The token is left "
                              "out: curl reads it from $KONNECT_TOKEN."));
    m_copyCurl->setEnabled(false);
    connect(m_copyCurl, &QAction::triggered, this, &ActivityPane::copySelectedAsCurl);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyCurl->setEnabled(m_view->selectionModel()->hasSelection()); });

    QToolBar *toolbar = makePaneToolbar(this, u"activityToolbar"_s, {m_copyCurl}, m_proxy,
                                        tr("Filter calls: path, status, geo, trace id…"));

    QLabel *hint = makeIntroLabel(tr("Every request the app makes to Konnect, newest last. "
                                     "Tokens are never recorded."),
                                  this);
    enableRowMenu(m_view, this, [this] { return paneActions(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(hint);
    layout->addWidget(m_view);

    // Follow new calls while the view is scrolled to the bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value == m_view->verticalScrollBar()->maximum(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
        updateBadge();
    });
}

void ActivityPane::updateBadge() {
    int failed = 0;
    for (const CallRecord &record : m_log->records())
        failed += record.error.isEmpty() ? 0 : 1;
    Q_EMIT badgeChanged(failed ? tr("%n failed", nullptr, failed) : QString(), failed > 0);
}

void ActivityPane::copySelectedAsCurl() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const CallRecord *record = m_model->record(m_proxy->mapToSource(rows.first()).row());
    if (!record)
        return;
    QApplication::clipboard()->setText(CallLog::toCurl(*record));
    Q_EMIT statusMessage(tr("Copied as curl. Set KONNECT_TOKEN before running it."));
}

} // namespace kd
