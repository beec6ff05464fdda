#include "ui/caches/CacheReadyNotice.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "ui/common/DialogAction.h"
#include "ui/plugins/PluginDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kd {

CacheReadyNotice::CacheReadyNotice(const FleetStore *store, FleetActions *actions,
                                   const QString &owner, const QString &cacheName,
                                   const QString &partialId, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_actions(actions)
    , m_owner(owner)
    , m_partialId(partialId) {
    setObjectName(u"cacheReadyNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *text = new QLabel(tr("The managed cache %1 is ready.").arg(cacheName), this);
    text->setObjectName(u"noticeText"_s);
    auto *create = new QPushButton(tr("Create a Plugin Using It…"), this);
    create->setObjectName(u"createPluginUsingCache"_s);
    create->setEnabled(!partialId.isEmpty());
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Dismiss"));
    connect(create, &QPushButton::clicked, this, &CacheReadyNotice::createPlugin);
    connect(close, &QToolButton::clicked, this, &QObject::deleteLater);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(text);
    layout->addWidget(create);
    layout->addWidget(close);
}

void CacheReadyNotice::createPlugin() {
    auto *dialog = new PluginDialog(m_store, m_owner, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->preselectPartial(m_partialId);
    connect(dialog, &PluginDialog::submitted, this, [this, dialog] {
        // The notice may be dismissed while Konnect answers.
        runInDialog(dialog, m_actions->createPlugin(dialog->plugin()),
                    [self = QPointer<CacheReadyNotice>(this)](const Plugin &created) {
                        if (!self)
                            return;
                        Q_EMIT self->pluginCreated(created.id);
                        self->deleteLater(); // the next step is taken
                    });
    });
    dialog->open();
}

} // namespace kd
