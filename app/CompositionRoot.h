#pragma once

#include <QObject>

#include "AppOptions.h"
#include <memory>

namespace kd {

class MainWindow;

// Builds the object graph of one run: client, fleet services, models and the main window.
class CompositionRoot final : public QObject {
    Q_OBJECT
public:
    explicit CompositionRoot(AppOptions options, QObject *parent = nullptr);
    ~CompositionRoot() override;

    // Shows the window; returns the exit code to use when start-up failed.
    int start();

private:
    void takeScreenshotAndQuit();

    AppOptions m_options;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kd
