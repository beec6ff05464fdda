#include "ui/shell/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QSslSocket>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Konnect Desk"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/konnect-desk.svg"_s).pixmap(64, 64));

    auto *text = new QTextBrowser(this);
    text->setObjectName(u"aboutText"_s);
    text->setOpenExternalLinks(true);
    text->setHtml(aboutHtml());
    text->setMinimumSize(520, 360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutHtml() {
    const QString ssl =
        QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not available");
    return tr("<h2>Konnect Desk %1</h2>"
              "<p>Desktop administration for Kong Konnect Dedicated Cloud Gateways and "
              "Konnect-managed Redis caches across AWS, Azure and Google Cloud.</p>"
              "<p>Built with Qt %2 (running on Qt %3). TLS: %4.</p>"
              "<p>Konnect Desk is free software under the GNU General Public License, "
              "version 3 or later.</p>"
              "<h3>Third-party software</h3>"
              "<ul>"
              "<li>Qt Core, Gui, Widgets, Network, Sql, Svg, Concurrent: LGPL 3.0</li>"
              "<li>Qt Charts, Qt HTTP Server: GPL 3.0</li>"
              "<li>QCoro: MIT licence</li>"
              "<li>QtKeychain: BSD 3-clause licence</li>"
              "<li>OpenSSL: Apache License 2.0</li>"
              "<li>Natural Earth map data: public domain</li>"
              "</ul>"
              "<p>Kong and Konnect are trademarks of Kong Inc. This project is not affiliated "
              "with Kong Inc.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), ssl.toHtmlEscaped());
}

} // namespace kd
