#pragma once

#include <QDialog>

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

// Export as code: pick control planes and formats, see every file that will be written and
// where (and which ones replace a file already there), read each one, then write them.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    // `selected`: the control planes checked at first; all of them when empty.
    ExportDialog(const FleetStore *store, const QStringList &selected, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    const QList<iac::TextFile> &files() const { return m_files; }

Q_SIGNALS:
    void exported(const QString &folder, int files);

private:
    void rebuild();
    void showFile();
    void chooseFolder();
    void write();
    QStringList checkedPlanes() const;

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
