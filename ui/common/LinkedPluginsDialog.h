#pragma once

#include "client/Types.h"

#include <QDialog>

namespace kd {

// Konnect refuses to delete what plugins still link: says which plugins, and jumps to one.
class LinkedPluginsDialog final : public QDialog {
    Q_OBJECT
public:
    LinkedPluginsDialog(const QString &title, const QString &text, const QList<PartialLink> &links,
                        QWidget *parent = nullptr);

Q_SIGNALS:
    void showPluginRequested(const QString &pluginId);
};

} // namespace kd
