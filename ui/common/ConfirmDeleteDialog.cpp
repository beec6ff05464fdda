#include "ui/common/ConfirmDeleteDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &what, const QString &name,
                                         const QString &consequences, QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_typed(new QLineEdit(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(u"confirmDeleteDialog"_s);
    setWindowTitle(tr("Delete %1").arg(what));
    auto *text = new QLabel(
        tr("<p>Delete the %1 <b>%2</b>?</p><p>%3</p><p>Type its name to "
           "confirm.</p>")
            .arg(what.toHtmlEscaped(), name.toHtmlEscaped(), consequences.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_typed->setObjectName(u"typedName"_s);
    m_typed->setPlaceholderText(name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setAutoDefault(false); // Enter must not delete
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    setMinimumWidth(420);
    m_delete->setEnabled(false);
    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text == m_name); });
    connect(m_delete, &QPushButton::clicked, this, &ConfirmDeleteDialog::confirmed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ConfirmDeleteDialog::setBusy(bool busy) {
    m_typed->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_typed->text() == m_name);
    m_delete->setText(busy ? tr("Deleting…") : tr("Delete"));
}

void ConfirmDeleteDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
