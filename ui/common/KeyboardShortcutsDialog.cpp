#include "ui/common/KeyboardShortcutsDialog.h"

#include "ui/common/Shortcuts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = keyboardShortcuts();
    auto *table = new QTableWidget(static_cast<int>(entries.size()), 3, this);
    table->setObjectName(u"shortcuts"_s);
    table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Key")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &entry = entries.at(row);
        table->setItem(row, 0, new QTableWidgetItem(entry.where));
        table->setItem(row, 1, new QTableWidgetItem(entry.action));
        table->setItem(row, 2, new QTableWidgetItem(entry.key.toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace kd
