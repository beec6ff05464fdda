#include "ui/common/ErrorLabel.h"

#include "ui/theme/ApplyTone.h"

#include <QLayout>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kd {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent) {
    setObjectName(u"error"_s);
    setWordWrap(true);
    applyTone(this, Tone::Error);
    hide();
}

void ErrorLabel::showMessage(const QString &message) {
    setText(breakable(message));
    setVisible(!message.isEmpty());
    fitWindowHeight(this);
}

void ErrorLabel::fitWindowHeight(QWidget *widget) {
    QWidget *top = widget->window();
    if (!top->isVisible())
        return;
    // After the layout has taken in the new text.
    QTimer::singleShot(0, top, [top] {
        if (QLayout *layout = top->layout())
            layout->activate();
        const int needed =
            top->hasHeightForWidth() ? top->heightForWidth(top->width()) : top->sizeHint().height();
        if (needed > top->height())
            top->resize(top->width(), needed);
    });
}

QString ErrorLabel::breakable(const QString &text) {
    // Only words longer than this get break opportunities; shorter ones wrap as words.
    constexpr int longestRun = 24;
    const QChar zeroWidthSpace(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / longestRun);
    qsizetype wordStart = 0;
    while (wordStart < text.size()) {
        qsizetype wordEnd = wordStart;
        while (wordEnd < text.size() && !text.at(wordEnd).isSpace())
            ++wordEnd;
        const QStringView word = QStringView(text).mid(wordStart, wordEnd - wordStart);
        if (word.size() <= longestRun) {
            out.append(word);
        } else {
            int run = 0;
            for (const QChar c : word) {
                out.append(c);
                ++run;
                // After a separator once the piece is long enough, or anywhere when it is long.
                if (run >= longestRun
                    || (run >= longestRun / 2 && QStringView(u"-_./:,").contains(c))) {
                    out.append(zeroWidthSpace);
                    run = 0;
                }
            }
        }
        while (wordEnd < text.size() && text.at(wordEnd).isSpace())
            out.append(text.at(wordEnd++));
        wordStart = wordEnd;
    }
    return out;
}

} // namespace kd
