#include "ui/common/ErrorLabel.h"

using namespace Qt::StringLiterals;

namespace kd {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent) {
    setObjectName(u"error"_s);
    setWordWrap(true);
    setStyleSheet(u"color: #b00020;"_s);
    hide();
}

void ErrorLabel::showMessage(const QString &message) {
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace kd
