#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace kd {

class ErrorLabel;

// Shows exactly what a fix sends to Konnect before it is sent: the request line and its body.
class ReviewDialog final : public QDialog {
    Q_OBJECT
public:
    ReviewDialog(const QString &title, const QString &explanation, const QString &request,
                 const QByteArray &body, QWidget *parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void sendRequested();

private:
    QDialogButtonBox *m_buttons;
    ErrorLabel *m_error;
};

} // namespace kd
