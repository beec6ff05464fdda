#include "ui/gateways/GroupChangeDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString placeOf(const DataPlaneGroup &group) {
    return providerDisplayName(group.provider) + u' ' + group.region;
}

QString scaling(const Autoscale &autoscale) {
    if (autoscale.autopilot)
        return GroupChangeDialog::tr("autopilot, base %1 requests per second")
            .arg(autoscale.baseRps);
    return GroupChangeDialog::tr("static, %n × %1 instances", nullptr, autoscale.requestedInstances)
        .arg(autoscale.instanceType);
}

// The largest base_rps the form takes; the spec sets only the lower bound (1).
constexpr int maxBaseRps = 1000000;
} // namespace

GroupChangeDialog::GroupChangeDialog(Change change, const QString &controlPlaneName,
                                     QList<DataPlaneGroup> desired, const QString &provider,
                                     const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_current(std::move(desired))
    , m_review(new QTextBrowser(this))
    , m_error(new ErrorLabel(this)) {
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        if (m_current.at(i).provider.raw == provider && m_current.at(i).region == region)
            m_target = i;
    }
    setObjectName(change == Change::Autoscale ? u"autoscaleDialog"_s : u"removeGroupDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const QString place = m_target >= 0
                              ? placeOf(m_current.at(m_target))
                              : providerDisplayName(providerFrom(provider)) + u' ' + region;
    if (change == Change::Autoscale) {
        setWindowTitle(tr("Autoscale of %1").arg(place));
        m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
        const Autoscale now = m_target >= 0 ? m_current.at(m_target).autoscale : Autoscale{};
        m_autopilot = new QRadioButton(tr("&Autopilot: scales with traffic from a base of"), this);
        m_autopilot->setObjectName(u"autopilot"_s);
        m_baseRps = new QSpinBox(this);
        m_baseRps->setObjectName(u"baseRps"_s);
        m_baseRps->setRange(1, maxBaseRps);
        m_baseRps->setSuffix(tr(" requests per second"));
        m_baseRps->setValue(now.autopilot ? now.baseRps : Autoscale{}.baseRps);
        m_static = new QRadioButton(
            tr("&Static as it is (%1; Konnect deprecates static sizing)").arg(scaling(now)), this);
        m_static->setObjectName(u"static"_s);
        m_static->setEnabled(!now.autopilot);
        (now.autopilot ? m_autopilot : m_static)->setChecked(true);
        auto *form = new QFormLayout;
        form->addRow(m_autopilot, m_baseRps);
        form->addRow(m_static);
        layout->addWidget(
            new QLabel(tr("Autoscale of the %1 group of %2:")
                           .arg(place.toHtmlEscaped(), controlPlaneName.toHtmlEscaped()),
                       this));
        layout->addLayout(form);
        connect(m_autopilot, &QRadioButton::toggled, this, &GroupChangeDialog::updateReview);
        connect(m_baseRps, &QSpinBox::valueChanged, this, &GroupChangeDialog::updateReview);
    } else {
        setWindowTitle(tr("Remove %1").arg(place));
        m_apply = buttons->addButton(tr("Remove Group"), QDialogButtonBox::DestructiveRole);
        auto *text = new QLabel(tr("Konnect tears down the %1 group of %2; its data planes stop "
                                   "serving traffic there.")
                                    .arg(place.toHtmlEscaped(), controlPlaneName.toHtmlEscaped()),
                                this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setEnabled(m_target >= 0);
    if (m_target < 0)
        m_error->showMessage(
            tr("Konnect's configuration has no group in %1 any more; refresh and look again.")
                .arg(place));
    m_review->setObjectName(u"review"_s);
    m_review->setMinimumHeight(140);
    layout->addWidget(new QLabel(tr("The whole configuration is sent again:"), this));
    layout->addWidget(m_review, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, &GroupChangeDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    updateReview();
}

QList<DataPlaneGroup> GroupChangeDialog::desired() const {
    QList<DataPlaneGroup> groups = m_current;
    if (m_target < 0)
        return groups;
    if (m_change == Change::Remove) {
        groups.removeAt(m_target);
    } else if (m_autopilot->isChecked()) {
        Autoscale &autoscale = groups[m_target].autoscale;
        autoscale = Autoscale{};
        autoscale.autopilot = true;
        autoscale.baseRps = m_baseRps->value();
    }
    return groups;
}

void GroupChangeDialog::updateReview() {
    if (m_baseRps)
        m_baseRps->setEnabled(m_autopilot->isChecked());
    m_error->showMessage({}); // what Konnect said was about the inputs before this change
    const QList<DataPlaneGroup> after = desired();
    QString html = u"<table>"_s;
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        const DataPlaneGroup &before = m_current.at(i);
        QString verdict;
        QString what = scaling(before.autoscale);
        if (i != m_target) {
            verdict = tr("stays");
        } else if (m_change == Change::Remove) {
            verdict = u"<b style='color:#b02a37'>%1</b>"_s.arg(tr("goes"));
        } else if (after.at(i).autoscale == before.autoscale) {
            verdict = tr("stays");
        } else {
            verdict = u"<b>%1</b>"_s.arg(tr("changes"));
            what = tr("%1 → %2").arg(what, scaling(after.at(i).autoscale));
        }
        html += u"<tr><td style='padding-right:10px'>%1</td><td style='padding-right:10px'>%2"
                u"</td><td>%3</td></tr>"_s.arg(verdict, placeOf(before).toHtmlEscaped(),
                                               what.toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (after.isEmpty())
        html += u"<p>"_s
                + tr("No group is left: the control plane keeps its configuration but runs no "
                     "data planes.")
                + u"</p>"_s;
    m_review->setHtml(html);
    if (m_target >= 0)
        m_apply->setEnabled(after != m_current);
}

void GroupChangeDialog::setBusy(bool busy) {
    m_apply->setEnabled(!busy && m_target >= 0 && desired() != m_current);
    m_apply->setText(busy ? tr("Sending…")
                          : (m_change == Change::Remove ? tr("Remove Group") : tr("Apply")));
}

void GroupChangeDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
