#pragma once

#include <QLineEdit>

namespace kd {

// The filter field every pane puts in its toolbar: Ctrl+F focuses it, Escape clears it.
class FilterBar final : public QLineEdit {
    Q_OBJECT
public:
    explicit FilterBar(const QString &placeholder, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace kd
