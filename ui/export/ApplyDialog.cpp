#include "ui/export/ApplyDialog.h"

#include "client/ReviewText.h"
#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcoro/qcorotask.h>

#include "iac/PlaneExport.h"

using namespace Qt::StringLiterals;

namespace kd {

ApplyDialog::ApplyDialog(compare::Applier *applier, compare::ApplyPlanResult plan, QString targetId,
                         const QString &targetTitle, QWidget *parent)
    : QDialog(parent)
    , m_applier(applier)
    , m_plan(std::move(plan))
    , m_targetId(std::move(targetId))
    , m_requests(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
    , m_send(new QPushButton(this)) {
    setObjectName(u"applyDialog"_s);
    setWindowTitle(tr("Apply to %1").arg(targetTitle));
    resize(900, 620);
    m_requests->setObjectName(u"applyRequests"_s);
    m_requests->setReadOnly(true);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString text;
    for (const compare::PlannedRequest &planned : std::as_const(m_plan.requests)) {
        const ApiRequest request = planned.request();
        text += u"# "_s + planned.entity + u'\n' + QString::fromLatin1(request.method) + u' '
                + m_applier->urlOf(request) + u'\n';
        if (!request.body.isEmpty())
            // Secrets are shown masked: the review is for people and for screenshots.
            text += reviewText(request.body,
                               [](QStringView key) { return iac::isSecretField(key.toString()); });
        text += u'\n';
    }
    m_requests->setPlainText(text);
    auto *intro = new QLabel(
        m_plan.requests.isEmpty()
            ? tr("Nothing here can be applied from the compare.")
            : tr("These %n requests will be sent to %1, in this order. A plugin that links a "
                 "partial created here gets that partial's id once it exists.",
                 nullptr, int(m_plan.requests.size()))
                  .arg(targetTitle),
        this);
    intro->setWordWrap(true);
    auto *skipped = new QLabel(this);
    skipped->setObjectName(u"applySkipped"_s);
    skipped->setWordWrap(true);
    skipped->setVisible(!m_plan.skipped.isEmpty());
    skipped->setText(tr("Not applied from here:") + u"\n• "_s + m_plan.skipped.join(u"\n• "_s));
    m_send->setObjectName(u"applySend"_s);
    m_send->setText(tr("&Send %n Requests", nullptr, int(m_plan.requests.size())));
    m_send->setEnabled(!m_plan.requests.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_requests, 1);
    layout->addWidget(skipped);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ApplyDialog::send);
}

void ApplyDialog::send() {
    m_send->setEnabled(false);
    m_error->showMessage({});
    QCoro::connect(
        m_applier->send(m_plan.requests, m_targetId), this, [this](const Result<int> &sent) {
            if (!sent) {
                m_error->showMessage(tr("Konnect refused a request: %1 What was sent before it "
                                        "stays; the compare shows where things are now.")
                                         .arg(sent.error().message()));
                m_send->setEnabled(true);
                return;
            }
            Q_EMIT applied(*sent);
            accept();
        });
}

} // namespace kd
