#pragma once

#include <QLabel>

namespace kd {

// Where a dialog says what went wrong: red, wrapped, hidden while there is nothing to say.
class ErrorLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    void showMessage(const QString &message);
};

} // namespace kd
