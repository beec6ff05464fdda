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
    setText(breakable(message));
    setVisible(!message.isEmpty());
}

QString ErrorLabel::breakable(const QString &text) {
    constexpr int longestRun = 24;
    const QChar zeroWidthSpace(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / longestRun);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        // After a separator, or anywhere once a run is too long to fit.
        if (run >= longestRun || (run >= longestRun / 2 && QStringView(u"-_./:,").contains(c))) {
            out.append(zeroWidthSpace);
            run = 0;
        }
    }
    return out;
}

} // namespace kd
