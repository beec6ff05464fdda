#include "ui/export/ComparePane.h"

#include "fleet/FleetStore.h"
#include "fleet/compare/ApplyPlan.h"
#include "fleet/compare/Diff.h"
#include "fleet/compare/Normalise.h"
#include "ui/common/CachedTextDelegate.h"
#include "ui/export/ApplyDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <qcoro/qcorotask.h>

#include "iac/ExportPlan.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
const QString fileChoice = u"file:"_s;
const QString openChoice = u"open"_s;

QString shown(const QVariant &value) {
    return value.isValid() ? compare::displayValue(value) : QString();
}
} // namespace

ComparePane::ComparePane(const FleetStore *store, compare::Applier *applier, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_applier(applier)
    , m_sides{new QComboBox(this), new QComboBox(this)}
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"comparePane"_s);
    m_sides[0]->setObjectName(u"compareLeft"_s);
    m_sides[1]->setObjectName(u"compareRight"_s);
    for (QComboBox *side : m_sides) {
        side->setMinimumContentsLength(28);
        side->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    auto *swap = new QToolButton(this);
    swap->setObjectName(u"compareSwap"_s);
    swap->setText(u"⇄"_s);
    swap->setToolTip(tr("Swap the sides"));
    m_tree->setObjectName(u"compareTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What differs"), tr("Left"), tr("Right")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 360);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    CachedTextDelegate::install(m_tree);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *toRight = new QToolButton(this);
    toRight->setObjectName(u"compareApplyRight"_s);
    toRight->setText(tr("Apply Left → Right…"));
    toRight->setToolTip(tr("Make the right side like the left one: the selected entity, or "
                           "everything when nothing is selected. The requests are shown first."));
    auto *toLeft = new QToolButton(this);
    toLeft->setObjectName(u"compareApplyLeft"_s);
    toLeft->setText(tr("Apply Right → Left…"));
    toLeft->setToolTip(tr("Make the left side like the right one: the selected entity, or "
                          "everything when nothing is selected. The requests are shown first."));
    toRight->setEnabled(m_applier != nullptr);
    toLeft->setEnabled(m_applier != nullptr);
    connect(toRight, &QToolButton::clicked, this, [this] { applyTo(1); });
    connect(toLeft, &QToolButton::clicked, this, [this] { applyTo(0); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Left:"), this));
    bar->addWidget(m_sides[0], 1);
    bar->addWidget(swap);
    bar->addWidget(new QLabel(tr("Right:"), this));
    bar->addWidget(m_sides[1], 1);
    bar->addWidget(toRight);
    bar->addWidget(toLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    auto *openLeft = new QAction(tr("Compare a decK File on the &Left…"), this);
    openLeft->setObjectName(u"compareOpenLeftAction"_s);
    auto *openRight = new QAction(tr("Compare a decK File on the &Right…"), this);
    openRight->setObjectName(u"compareOpenRightAction"_s);
    m_actions = {openLeft, openRight};
    connect(openLeft, &QAction::triggered, this, [this] { openDeckFile(0); });
    connect(openRight, &QAction::triggered, this, [this] { openDeckFile(1); });
    connect(swap, &QToolButton::clicked, this, [this] {
        const QVariant left = m_sides[0]->currentData();
        const QVariant right = m_sides[1]->currentData();
        std::swap(m_deckFiles[0], m_deckFiles[1]);
        fillChoices();
        m_sides[0]->setCurrentIndex(m_sides[0]->findData(right));
        m_sides[1]->setCurrentIndex(m_sides[1]->findData(left));
        compareNow();
    });
    for (int side = 0; side < 2; ++side) {
        connect(m_sides[side], &QComboBox::activated, this, [this, side] {
            if (m_sides[side]->currentData().toString() == openChoice)
                openDeckFile(side);
            else
                compareNow();
        });
    }
    // The fleet changes under the compare (sync, edits): compare again, once per burst.
    connect(m_debounce, &QTimer::timeout, this, [this] {
        fillChoices();
        compareNow();
    });
    for (auto signal :
         {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
          &FleetStore::controlPlanesRemoved, &FleetStore::pluginsAdded, &FleetStore::pluginsChanged,
          &FleetStore::pluginsRemoved, &FleetStore::partialsAdded, &FleetStore::partialsChanged,
          &FleetStore::partialsRemoved, &FleetStore::cachesChanged,
          &FleetStore::dataPlaneGroupsChanged})
        connect(store, signal, this, &ComparePane::scheduleCompare);
    fillChoices();
    compareNow();
}

void ComparePane::scheduleCompare() {
    m_debounce->start();
}

void ComparePane::fillChoices() {
    for (int side = 0; side < 2; ++side) {
        QComboBox *combo = m_sides[side];
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString &id : m_store->controlPlaneIds()) {
            const ControlPlane *plane = m_store->controlPlane(id);
            combo->addItem(geoId(plane->geo) + u" / "_s + plane->name, id);
        }
        if (!m_deckFiles[side].isEmpty())
            combo->addItem(tr("decK file %1").arg(QFileInfo(m_deckFiles[side]).fileName()),
                           QString(fileChoice + m_deckFiles[side]));
        combo->addItem(tr("Open a decK file…"), openChoice);
        const int index = combo->findData(current);
        // Nothing chosen yet: two different control planes, so that the first look shows something.
        const int fallback = side == 1 && m_store->controlPlaneIds().size() > 1 ? 1 : 0;
        combo->setCurrentIndex(index >= 0 && current.toString() != openChoice ? index : fallback);
    }
}

void ComparePane::setSides(const QString &leftControlPlaneId, const QString &rightControlPlaneId) {
    const QString ids[2] = {leftControlPlaneId, rightControlPlaneId};
    for (int side = 0; side < 2; ++side) {
        if (!ids[side].isEmpty())
            m_sides[side]->setCurrentIndex(m_sides[side]->findData(ids[side]));
    }
    compareNow();
}

bool ComparePane::setDeckFile(int side, const QString &path) {
    QString error;
    const auto file = iac::readDeckFile(path);
    if (!file) {
        m_summary->setText(file.error().detail());
        fillChoices();
        return false;
    }
    m_deckFiles[side] = path;
    fillChoices();
    m_sides[side]->setCurrentIndex(m_sides[side]->findData(QString(fileChoice + path)));
    compareNow();
    return true;
}

void ComparePane::openDeckFile(int side) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare a decK File"),
                                                      QFileInfo(m_deckFiles[side]).absolutePath(),
                                                      tr("decK files (*.yaml *.yml *.json)"));
    if (path.isEmpty()) {
        fillChoices();
        return;
    }
    setDeckFile(side, path);
}

std::optional<compare::PlaneDocument> ComparePane::documentOf(int side, QString *error) const {
    const QString choice = m_sides[side]->currentData().toString();
    if (choice.startsWith(fileChoice)) {
        const auto file = iac::readDeckFile(choice.mid(fileChoice.size()));
        if (!file) {
            *error = file.error().detail();
            return std::nullopt;
        }
        return *file;
    }
    if (!m_store->controlPlane(choice))
        return std::nullopt;
    return compare::documentOf(*m_store, choice, m_gateway.of(choice));
}

bool ComparePane::readScopes(const compare::PlaneDocument &left,
                             const compare::PlaneDocument &right) {
    if (!m_applier)
        return false;
    const auto scoped = [](const compare::PlaneDocument &doc) {
        return std::any_of(doc.entities.cbegin(), doc.entities.cend(), [](const auto &entity) {
            return entity.kind == u"plugin"_s && entity.key.section(u'|', 1, 1) != u"global"_s;
        });
    };
    if (!scoped(left) && !scoped(right))
        return false;
    QStringList wanted;
    for (const compare::PlaneDocument *doc : {&left, &right}) {
        const QString id = doc->controlPlaneId;
        if (!id.isEmpty() && !m_gateway.of(id) && !m_reading.contains(id) && !m_unread.contains(id))
            wanted.append(id);
    }
    for (const QString &id : std::as_const(wanted)) {
        m_reading.insert(id);
        QCoro::connect(m_applier->readGatewayEntities({id}), this,
                       [this, id](const Result<compare::GatewayEntities> &read) {
                           m_reading.remove(id);
                           if (read)
                               m_gateway.insert(*read);
                           else
                               m_unread.insert(id);
                           compareNow();
                       });
    }
    if (!m_reading.isEmpty()) {
        m_summary->setText(tr("Reading the services, routes and consumers that plugins apply "
                              "to…"));
        return true;
    }
    return false;
}

void ComparePane::compareNow() {
    m_tree->clear();
    m_differences = 0;
    QString error;
    const auto left = documentOf(0, &error);
    const auto right = documentOf(1, &error);
    if (!left || !right) {
        m_summary->setText(error.isEmpty() ? tr("Choose two control planes, or a control plane "
                                                "and a decK file.")
                                           : error);
        return;
    }
    if (readScopes(*left, *right))
        return;
    const QList<compare::EntityDifference> differences = compare::diff(*left, *right);
    m_differences = int(differences.size());
    const QColor onlyLeft(QColor(0xc0, 0x39, 0x2b));
    const QColor onlyRight(QColor(0x1e, 0x84, 0x49));
    for (const compare::EntityDifference &difference : differences) {
        QString state;
        switch (difference.change) {
        case compare::Change::Create:
            state = tr("only on the right");
            break;
        case compare::Change::Delete:
            state = tr("only on the left");
            break;
        case compare::Change::Update:
            state = tr("%n fields differ", nullptr, int(difference.fields.size()));
            break;
        }
        auto *entity = new QTreeWidgetItem(m_tree, {difference.label + u" — "_s + state});
        entity->setFirstColumnSpanned(true);
        QFont bold = entity->font(0);
        bold.setBold(true);
        entity->setFont(0, bold);
        entity->setData(0, Qt::UserRole, difference.kind + u'|' + difference.key);
        for (const compare::FieldDifference &field : difference.fields) {
            auto *row =
                new QTreeWidgetItem(entity, {field.path, shown(field.left), shown(field.right)});
            row->setToolTip(1, shown(field.left));
            row->setToolTip(2, shown(field.right));
            if (!field.left.isValid())
                row->setText(1, tr("(absent)"));
            if (!field.right.isValid())
                row->setText(2, tr("(absent)"));
            row->setForeground(
                1, field.left.isValid() ? onlyLeft : palette().color(QPalette::PlaceholderText));
            row->setForeground(
                2, field.right.isValid() ? onlyRight : palette().color(QPalette::PlaceholderText));
        }
        entity->setExpanded(difference.change == compare::Change::Update);
    }
    const QString sides = tr("%1 and %2").arg(left->title, right->title);
    QString unread;
    for (const compare::PlaneDocument *doc : {&*left, &*right}) {
        if (m_unread.contains(doc->controlPlaneId))
            unread += u' '
                      + tr("The services, routes and consumers of %1 could not be read: its "
                           "scoped plugins are matched by ids.")
                            .arg(doc->title);
    }
    m_summary->setText(
        differences.isEmpty()
            ? tr("%1 are the same by meaning (ids, timestamps, schema defaults and the order of "
                 "sets are not differences).")
                  .arg(sides)
            : tr("%1: %n differences. Entities are matched by kind and name; ids, timestamps, "
                 "schema defaults and the order of sets are ignored.",
                 nullptr, m_differences)
                      .arg(sides)
                  + unread);
    Q_EMIT badgeChanged(differences.isEmpty() ? QString() : QString::number(m_differences), false);
}

} // namespace kd

namespace kd {

void ComparePane::applyTo(int targetSide) {
    if (!m_applier)
        return;
    QString error;
    const auto left = documentOf(0, &error);
    const auto right = documentOf(1, &error);
    if (!left || !right)
        return;
    const compare::PlaneDocument &source = targetSide == 1 ? *left : *right;
    const compare::PlaneDocument &target = targetSide == 1 ? *right : *left;
    if (target.controlPlaneId.isEmpty()) {
        m_summary->setText(tr("A decK file is not changed from here: apply to a control plane, "
                              "or export again."));
        return;
    }
    QList<compare::EntityDifference> differences = compare::diff(target, source);
    if (const QTreeWidgetItem *current = m_tree->currentItem()) {
        const QTreeWidgetItem *entity = current->parent() ? current->parent() : current;
        const QString selected = entity->data(0, Qt::UserRole).toString();
        differences.removeIf([&selected](const compare::EntityDifference &d) {
            return d.kind + u'|' + d.key != selected;
        });
    }
    auto *dialog =
        new ApplyDialog(m_applier,
                        compare::planApply(m_applier->store(), source, target, differences,
                                           m_gateway.of(target.controlPlaneId)),
                        target.controlPlaneId, target.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyDialog::applied, this, [this, title = target.title](int sent) {
        compareNow();
        Q_EMIT statusMessage(tr("Sent %n requests to %1.", nullptr, sent).arg(title));
    });
    dialog->open();
}

} // namespace kd
