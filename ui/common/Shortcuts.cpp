#include "ui/common/Shortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Shortcuts)
};

// What makes each standard action the same in every pane: its key, icon and object name.
struct StandardActionParts {
    QKeySequence key;
    QString icon;
    QString objectName;
};

StandardActionParts standardPartsOf(StandardAction action) {
    switch (action) {
    case StandardAction::New:
        return {QKeySequence(Qt::CTRL | Qt::Key_N), u"list-add"_s, u"newAction"_s};
    case StandardAction::Edit:
        return {QKeySequence(Qt::Key_F2), u"document-edit"_s, u"editAction"_s};
    case StandardAction::Delete:
        return {QKeySequence(Qt::Key_Delete), u"edit-delete"_s, u"deleteAction"_s};
    case StandardAction::Refresh:
        return {QKeySequence(Qt::Key_F5), u"view-refresh"_s, u"refreshAction"_s};
    case StandardAction::Filter:
        return {QKeySequence(Qt::CTRL | Qt::Key_F), u"edit-find"_s, u"filterAction"_s};
    }
    return {};
}
} // namespace

QKeySequence standardShortcut(StandardAction action) {
    return standardPartsOf(action).key;
}

void bindStandardShortcut(QAction *action, StandardAction standard) {
    const QKeySequence key = standardShortcut(standard);
    action->setShortcut(key);
    QString text = action->text();
    text.remove(u'&');
    text.remove(u'…');
    action->setToolTip(Tr::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
}

QAction *makeStandardAction(StandardAction standard, const QString &text, QWidget *pane) {
    const StandardActionParts parts = standardPartsOf(standard);
    auto *action = new QAction(QIcon::fromTheme(parts.icon), text, pane);
    action->setObjectName(parts.objectName);
    bindStandardShortcut(action, standard);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

QList<ShortcutEntry> keyboardShortcuts() {
    const QString every = Tr::tr("Every table pane");
    const QString window = Tr::tr("Everywhere");
    return {
        {window, Tr::tr("Command palette: find any entity or action"),
         QKeySequence(Qt::CTRL | Qt::Key_K)},
        {window, Tr::tr("Go to the first to ninth pane"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {window, Tr::tr("Show or hide the navigator"), QKeySequence(Qt::CTRL | Qt::Key_B)},
        {window, Tr::tr("Export as code"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {window, Tr::tr("Keyboard shortcuts"), QKeySequence(QKeySequence::HelpContents)},
        {window, Tr::tr("Full screen"), QKeySequence(QKeySequence::FullScreen)},
        {window, Tr::tr("Quit"), QKeySequence(QKeySequence::Quit)},
        {every, Tr::tr("New"), standardShortcut(StandardAction::New)},
        {every, Tr::tr("Edit the selected row"), standardShortcut(StandardAction::Edit)},
        {every, Tr::tr("Delete the selected row"), standardShortcut(StandardAction::Delete)},
        {every, Tr::tr("Refresh from Konnect"), standardShortcut(StandardAction::Refresh)},
        {every, Tr::tr("Filter the rows"), standardShortcut(StandardAction::Filter)},
        {every, Tr::tr("Clear the filter"), QKeySequence(Qt::Key_Escape)},
        {every, Tr::tr("The selected row's actions"), QKeySequence(Qt::SHIFT | Qt::Key_F10)},
        {every, Tr::tr("Next control (out of the table)"), QKeySequence(Qt::Key_Tab)},
        {Tr::tr("Gateways"), Tr::tr("Expand every cloud and region"),
         QKeySequence(Qt::CTRL | Qt::Key_E)},
        {Tr::tr("Gateways"), Tr::tr("Show the group's control plane"),
         QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {Tr::tr("Plugins"), Tr::tr("Enable or disable the plugin"),
         QKeySequence(Qt::CTRL | Qt::Key_D)},
        {Tr::tr("Activity"), Tr::tr("Copy the call as curl (without the token)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
    };
}

} // namespace kd
