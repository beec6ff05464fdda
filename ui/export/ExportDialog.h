#pragma once

#include "fleet/compare/GatewayEntities.h"

#include <QDialog>
#include <QSet>

#include "iac/TextFile.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace kd {

class ErrorLabel;
class FleetStore;
class KonnectClient;

// Export as code: pick control planes and formats, see every file that will be written and
// where (and which ones replace a file already there), read each one, then write them.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    // `selected`: the control planes checked at first; all of them when empty.
    ExportDialog(const FleetStore *store, const QStringList &selected, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    // Reads the checked control planes' services, routes and consumers through `client`, so
    // that they are exported and scoped plugins reference them (without a client, scoped
    // plugins keep their live ids). Writing waits until they are read.
    void readGatewayEntitiesWith(KonnectClient *client);
    bool reading() const { return !m_reading.isEmpty(); }
    const QList<iac::TextFile> &files() const { return m_files; }

Q_SIGNALS:
    void exported(const QString &folder, int files);

private:
    void rebuild();
    void showFile();
    void chooseFolder();
    void write();
    QStringList checkedPlanes() const;

    // Starts reading the checked planes not read yet; true while a read is under way.
    bool readMissing(const QStringList &planes);

    KonnectClient *m_client = nullptr;
    compare::GatewayEntities m_gateway;
    QSet<QString> m_reading;
    QString m_readError;
    const FleetStore *m_store;
    QList<iac::TextFile> m_files;
    QListWidget *m_planes;
    QCheckBox *m_terraform;
    QCheckBox *m_deck;
    QLineEdit *m_folder;
    QTreeWidget *m_fileList;
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
    ErrorLabel *m_error;
    QPushButton *m_write;
};

} // namespace kd
