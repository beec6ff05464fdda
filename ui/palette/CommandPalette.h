#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace kd {

class CommandPaletteModel;

// Ctrl+K: type to find any entity of the fleet or any action, Enter to open or run it.
class CommandPalette final : public QDialog {
    Q_OBJECT
public:
    explicit CommandPalette(CommandPaletteModel *model, QWidget *parent);

    // Brings the index up to date, clears the query and shows the palette over the window.
    void popup();

Q_SIGNALS:
    // kind is a CommandEntry::Kind; id the entity's id or the action's objectName.
    void entryActivated(int kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateCount();

    CommandPaletteModel *m_model;
    QLineEdit *m_input;
    QListView *m_list;
    QLabel *m_count;
};

} // namespace kd
