#pragma once

#include <QDialog>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kd {

class ErrorLabel;

// Deleting asks for the exact name, typed: a slip of the mouse cannot delete production.
class ConfirmDeleteDialog final : public QDialog {
    Q_OBJECT
public:
    ConfirmDeleteDialog(const QString &what, const QString &name, const QString &consequences,
                        QWidget *parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void confirmed();

protected:
    // Enter confirms when the typed name matches and otherwise says why nothing happened.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tryConfirm();

    QString m_name;
    QLineEdit *m_typed;
    ErrorLabel *m_error;
    QPushButton *m_delete;
    bool m_busy = false;
};

} // namespace kd
