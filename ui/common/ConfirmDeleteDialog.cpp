#include "ui/common/ConfirmDeleteDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
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
    auto *text =
        new QLabel(tr("<p>Delete the %1 <b>%2</b>?</p><p>%3</p><p>Type its name to "
                      "confirm.</p>")
                       .arg(what.toHtmlEscaped(), ErrorLabel::breakable(name).toHtmlEscaped(),
                            consequences.toHtmlEscaped()),
                   this);
    text->setWordWrap(true);
    m_typed->setObjectName(u"typedName"_s);
    m_typed->setPlaceholderText(name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteButton"_s);
    // No default button: Enter is handled in keyPressEvent, by what was typed.
    m_delete->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    setMinimumWidth(420);
    setMaximumWidth(560);
    m_delete->setEnabled(false);
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delete->setEnabled(!m_busy && text == m_name);
        m_error->showMessage({}); // what it said was about the text before
    });
    connect(m_delete, &QPushButton::clicked, this, &ConfirmDeleteDialog::tryConfirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ConfirmDeleteDialog::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        tryConfirm();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ConfirmDeleteDialog::tryConfirm() {
    if (m_busy)
        return;
    if (m_typed->text() == m_name) {
        Q_EMIT confirmed();
        return;
    }
    m_error->showMessage(
        m_typed->text().isEmpty()
            ? tr("Nothing was deleted: type the name %1 to confirm, or press Escape to keep it.")
                  .arg(m_name)
            : tr("Nothing was deleted: the name typed is not %1 (names are case-sensitive).")
                  .arg(m_name));
}

void ConfirmDeleteDialog::setBusy(bool busy) {
    m_busy = busy;
    m_typed->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_typed->text() == m_name);
    m_delete->setText(busy ? tr("Deleting…") : tr("Delete"));
}

void ConfirmDeleteDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
