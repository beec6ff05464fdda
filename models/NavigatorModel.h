#pragma once

#include "models/Tones.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QString>

namespace kd {

// The sections of the main window's navigator: one row a pane, with an optional badge
// (a count, or a problem such as "2 geos failed") that the pane keeps current.
class NavigatorModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SectionIdRole = Qt::UserRole + 1,
        BadgeRole,
        ProblemRole,
        ToneRole,  // a problem badge's colour: a kd::Tone as int
        TitleRole, // the title without the badge (the delegate draws the badge apart)
    };
    Q_ENUM(Role)

    explicit NavigatorModel(QObject *parent = nullptr);

    void addSection(const QString &id, const QString &title, const QString &iconPath);
    void setBadge(const QString &id, const QString &badge, bool problem = false,
                  Tone tone = Tone::Error);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Section {
        QString id;
        QString title;
        QIcon icon;
        QString badge;
        bool problem = false;
        Tone tone = Tone::Error;
    };
    QList<Section> m_sections;
};

} // namespace kd
