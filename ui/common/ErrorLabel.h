#pragma once

#include <QLabel>

namespace kd {

// Where a dialog says what went wrong: red, wrapped, hidden while there is nothing to say.
class ErrorLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    // The text with break opportunities inside long unbroken runs (ids, 52-character names,
    // URLs), so that a wrapped label never grows wider than its dialog.
    static QString breakable(const QString &text);
    // Grows `widget`'s window to the height its wrapped labels need at its width (layouts of
    // top-level windows do not follow height-for-width by themselves).
    static void fitWindowHeight(QWidget *widget);
};

} // namespace kd
