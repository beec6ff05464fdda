#pragma once

#include "client/Types.h"
#include "ui/Pane.h"

class QLabel;
class QTableView;
class QVBoxLayout;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace kd {

class FleetActions;
class FleetFilterProxy;
class FleetStore;
class KeyedRowModel;

// An entity table pane: the store's rows in a sortable, filterable table, the current row's
// details beside it, New / Edit / Delete (and the pane's own actions) in the toolbar and in
// each row's context menu with the same keys in every pane, an empty state that says why,
// and column widths and sort order remembered per pane.
class TablePane : public Pane {
    Q_OBJECT
public:
    ~TablePane() override;

    QString title() const override { return m_texts.title; }
    // "control-planes" for the entity "controlPlane"; its icon is named the same.
    QString paneId() const override { return m_paneId; }
    QString iconPath() const override {
        return QStringLiteral(":/icons/") + m_paneId + QStringLiteral(".svg");
    }
    QList<QAction *> paneActions() const override;
    // The key of the current row (the id the model keys rows by); empty when none.
    QString currentId() const;
    // Makes the row current, clearing a filter that hides it; false when there is no such row.
    bool selectId(const QString &id);
    // A jump from another pane: selects the row and puts the keyboard focus on the table.
    bool jumpTo(const QString &id);
    // Signed out, nothing can be changed and the empty table says to sign in.
    void setSignedIn(bool signedIn);
    bool signedIn() const { return m_signedIn; }

Q_SIGNALS:
    void showPluginRequested(const QString &pluginId);
    void showPartialRequested(const QString &partialId);
    // The user (not a jump from another pane) made this row current.
    void currentIdChanged(const QString &id);

protected:
    // What a pane says, in its own words.
    struct Texts {
        QString title;       // in the navigator
        QString filter;      // the filter's placeholder
        QString signedOut;   // the empty table, signed out
        QString empty;       // the empty table, signed in
        QString noSelection; // the details with no row current (HTML)
    };

    // `entity` names the widgets: "controlPlane" gives controlPlanesPane, controlPlanesView,
    // controlPlaneDetails, and the settings group panes/controlPlanes. New, Edit and Delete
    // change the fleet through `actions`.
    TablePane(FleetStore *store, FleetActions *actions, KeyedRowModel *model, const QString &entity,
              int sortColumn, QWidget *parent = nullptr);
    void setTexts(const Texts &texts);

    virtual void createItem() = 0;
    // Edit and Delete act on the current row; they are not called without one.
    virtual void editItem() = 0;
    virtual void deleteItem() = 0;
    // The details of the row with this id (HTML); empty when there is no such row.
    virtual QString detailsHtml(const QString &id) const = 0;
    // Why the row cannot be deleted here (Delete is disabled, with this as its tooltip);
    // empty when it can.
    virtual QString deleteRefusal(const QString &id) const {
        Q_UNUSED(id);
        return {};
    }
    // The empty table's text while signed in.
    virtual QString emptyText() const { return m_texts.empty; }
    // Enables the actions for the current row; panes with rules of their own add to it.
    virtual void updateActions();
    // Shows the current row's details again (they changed).
    void showDetails();
    // A pane's own action, after Edit in the toolbar and the context menu; `needsRow`: it acts
    // on the current row.
    void addPaneAction(QAction *action, bool needsRow);
    // An action that changes nothing (Refresh), after Delete.
    void addTrailingAction(QAction *action);
    // Selects the row with this id now, or when it arrives (after a create).
    void selectCreated(const QString &id);
    // Shows the empty state again (its text changed).
    void updateEmptyState();
    // Widgets put above the table (banners).
    void insertAboveTable(QWidget *widget);
    // Konnect would refuse the delete while these plugins link the row: say so, offer a jump.
    void refuseDeleteWhileLinked(const QString &dialogName, const QString &title,
                                 const QString &text, const QList<PartialLink> &links);
    // Who links the row could not be found out: the delete stops there, with Konnect's error.
    void stopDeleteOnFailedCheck(const QString &name, const QString &error);
    // Whether the store and sign-in allow changes at all.
    bool writable() const;

    FleetStore *store() const { return m_store; }
    FleetActions *fleetActions() const { return m_fleetActions; }
    KeyedRowModel *model() const { return m_model; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    // A widget under the details, such as provisioning progress.
    void addBelowDetails(QWidget *widget);
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

private:
    void restoreHeader();
    void saveHeader() const;
    void fitColumns();
    QString settingsKey() const;

    FleetStore *m_store;
    FleetActions *m_fleetActions;
    KeyedRowModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QVBoxLayout *m_side = nullptr;
    QLabel *m_empty;
    QToolBar *m_toolbar = nullptr;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QList<QAction *> m_paneActions;  // in toolbar and menu order
    QList<QAction *> m_rowActions;   // those that act on the current row
    QList<QAction *> m_writeActions; // those that change the fleet
    QString m_stem;
    QString m_paneId;
    Texts m_texts;
    QString m_deleteToolTip; // the pane's own, while no refusal shows
    QString m_pendingSelection;
    QTimer *m_fit;
    QTimer *m_save;
    bool m_signedIn = true;
    bool m_selecting = false; // a jump from another pane: not the user's choice
    bool m_userSized = false; // the user sized a column: fitting stops, widths are kept
    bool m_fitting = false;
    bool m_deleteRefused = false;
};

} // namespace kd
