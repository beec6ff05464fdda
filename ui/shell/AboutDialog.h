#pragma once

#include <QDialog>

namespace kd {

// Version, Qt version and the licences of everything the app links.
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString aboutHtml();
};

} // namespace kd
