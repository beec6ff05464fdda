#include "ui/caches/ResizeCacheDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

ResizeCacheDialog::ResizeCacheDialog(const ManagedCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_tiers(new QComboBox(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(u"resizeCacheDialog"_s);
    setWindowTitle(tr("Resize %1").arg(cache.name));
    m_tiers->setObjectName(u"tier"_s);
    for (CacheTier tier : cacheTiers()) {
        if (tier > cache.tier.value) // Konnect only grows caches
            m_tiers->addItem(tr("%1 · about %2 GiB").arg(cacheTierId(tier)).arg(cacheTierGiB(tier)),
                             static_cast<int>(tier));
    }
    auto *text = new QLabel(tr("Now %1. Tiers only grow; the resize applies at once and keeps "
                               "the data, with interruptions of a few seconds. About 70–75% of "
                               "the memory is usable.")
                                .arg(cache.tier.raw),
                            this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_resize = buttons->button(QDialogButtonBox::Ok);
    m_resize->setText(tr("Resize"));
    m_resize->setEnabled(m_tiers->count() > 0);
    if (m_tiers->count() == 0)
        m_error->showMessage(tr("This cache already has the largest tier."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_tiers);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResizeCacheDialog::submitted);
}

CacheTier ResizeCacheDialog::tier() const {
    return static_cast<CacheTier>(m_tiers->currentData().toInt());
}

void ResizeCacheDialog::setBusy(bool busy) {
    m_tiers->setEnabled(!busy);
    m_resize->setEnabled(!busy && m_tiers->count() > 0);
}

void ResizeCacheDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
