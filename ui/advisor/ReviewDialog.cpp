#include "ui/advisor/ReviewDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

ReviewDialog::ReviewDialog(const QString &title, const QString &explanation, const QString &request,
                           const QByteArray &body, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(u"advisorReviewDialog"_s);
    setWindowTitle(title);
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    auto *line = new QLabel(request, this);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text = new QPlainTextEdit(QString::fromUtf8(body), this);
    text->setObjectName(u"advisorReviewBody"_s);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(u"advisorSendButton"_s);
    send->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::sendRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(line);
    layout->addWidget(text, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, 480);
}

void ReviewDialog::setBusy(bool busy) {
    m_buttons->setEnabled(!busy);
    if (busy)
        m_error->clear();
}

void ReviewDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
