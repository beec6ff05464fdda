#include "ui/common/LinkedPluginsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

LinkedPluginsDialog::LinkedPluginsDialog(const QString &title, const QString &text,
                                         const QList<PartialLink> &links, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(title);
    resize(480, 300);
    auto *label = new QLabel(text, this);
    label->setObjectName(u"reason"_s);
    label->setWordWrap(true);
    auto *list = new QListWidget(this);
    list->setObjectName(u"linkedPlugins"_s);
    for (const PartialLink &link : links) {
        auto *item = new QListWidgetItem(link.instanceName.isEmpty()
                                             ? link.pluginName
                                             : u"%1 (%2)"_s.arg(link.instanceName, link.pluginName),
                                         list);
        item->setData(Qt::UserRole, link.pluginId);
    }
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *show = buttons->addButton(tr("&Show Plugin"), QDialogButtonBox::ActionRole);
    show->setObjectName(u"showPlugin"_s);
    const auto jump = [this, list] {
        if (QListWidgetItem *item = list->currentItem()) {
            const QString pluginId = item->data(Qt::UserRole).toString();
            accept();
            Q_EMIT showPluginRequested(pluginId);
        }
    };
    connect(show, &QPushButton::clicked, this, jump);
    connect(list, &QListWidget::itemActivated, this, jump);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
}

} // namespace kd
