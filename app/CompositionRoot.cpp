#include "CompositionRoot.h"

#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

CompositionRoot::CompositionRoot(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
}

CompositionRoot::~CompositionRoot() = default;

int CompositionRoot::start() {
    m_window = std::make_unique<MainWindow>();
    m_window->restoreSession();
    if (!m_options.initialPane.isEmpty() && !m_window->showPane(m_options.initialPane)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("There is no pane called \"%1\".").arg(m_options.initialPane)));
        return 2;
    }
    m_window->show();
    if (!m_options.screenshotFile.isEmpty()) {
        // Let the first layout and paint happen before grabbing.
        QTimer::singleShot(400, this, &CompositionRoot::takeScreenshotAndQuit);
    }
    return 0;
}

void CompositionRoot::takeScreenshotAndQuit() {
    const QPixmap shot = m_window->grab();
    if (!shot.save(m_options.screenshotFile, "PNG")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Could not write the screenshot to %1.").arg(m_options.screenshotFile)));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace kd
