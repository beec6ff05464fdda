#pragma once

#include <QStyledItemDelegate>

namespace kd {

// Draws the navigator's rows: the icon and title, then the badge at the right edge. A count
// ("12") is quiet text; a problem ("3 ⚠", "2 geos failed") is a pill filled in its tone
// (error red, warning amber, from the theme's palette), so that it reads as something to
// look at, not as a number of items.
class NavigatorDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge of a row in `rect` goes (empty without a badge), and its colours.
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    struct BadgeColours {
        QColor fill; // transparent for a count
        QColor text;
    };
    static BadgeColours badgeColours(const QStyleOptionViewItem &option, const QModelIndex &index);

private:
    static QFont badgeFont(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace kd
