#include "ui/shell/NavigatorDelegate.h"

#include "models/NavigatorModel.h"
#include "models/Tones.h"

#include <QApplication>
#include <QPainter>

namespace kd {

namespace {
constexpr int badgePadding = 6; // pixels inside the pill, left and right
constexpr int badgeMargin = 6;  // pixels between the pill and the row's right edge
constexpr int badgeGap = 8;     // pixels between the title and the badge
} // namespace

QFont NavigatorDelegate::badgeFont(const QStyleOptionViewItem &option, const QModelIndex &index) {
    QFont font = option.font;
    font.setBold(index.data(NavigatorModel::ProblemRole).toBool());
    return font;
}

QRect NavigatorDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) {
    const QString badge = index.data(NavigatorModel::BadgeRole).toString();
    if (badge.isEmpty())
        return {};
    const QFontMetrics metrics(badgeFont(option, index));
    const int width = metrics.horizontalAdvance(badge) + 2 * badgePadding;
    const int height = metrics.height() + 2;
    const QRect row = option.rect;
    return {row.right() - badgeMargin - width + 1, row.center().y() - height / 2 + 1, width,
            height};
}

NavigatorDelegate::BadgeColours NavigatorDelegate::badgeColours(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index) {
    const bool selected = option.state & QStyle::State_Selected;
    if (!index.data(NavigatorModel::ProblemRole).toBool()) {
        return {Qt::transparent, selected ? option.palette.color(QPalette::HighlightedText)
                                          : toneColor(Tone::Muted, option.palette)};
    }
    const auto tone = static_cast<Tone>(index.data(NavigatorModel::ToneRole).toInt());
    const QColor fill = toneColor(tone, option.palette);
    // The tones are text colours for the palette: dark on a light theme, light on a dark one.
    return {fill, fill.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white)};
}

void NavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QRect badge = badgeRect(item, index);
    item.text = index.data(NavigatorModel::TitleRole).toString();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background and selection span the whole width; the title stops before the badge.
    QStyleOptionViewItem background = item;
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (!badge.isNull())
        item.rect.setRight(badge.left() - badgeGap);
    item.state &= ~QStyle::State_HasFocus;
    item.backgroundBrush = Qt::NoBrush;
    {
        QStyleOptionViewItem foreground = item;
        foreground.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver); // drawn above
        foreground.palette.setColor(QPalette::Text,
                                    option.state & QStyle::State_Selected
                                        ? option.palette.color(QPalette::HighlightedText)
                                        : option.palette.color(QPalette::Text));
        style->drawControl(QStyle::CE_ItemViewItem, &foreground, painter, widget);
    }
    if (badge.isNull())
        return;
    const BadgeColours colours = badgeColours(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (colours.fill.alpha() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.fill);
        painter->drawRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
    }
    painter->setFont(badgeFont(option, index));
    painter->setPen(colours.text);
    painter->drawText(badge, Qt::AlignCenter, index.data(NavigatorModel::BadgeRole).toString());
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text = index.data(NavigatorModel::TitleRole).toString();
    QSize size = QStyledItemDelegate::sizeHint(item, index);
    const QString badge = index.data(NavigatorModel::BadgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth() += QFontMetrics(badgeFont(option, index)).horizontalAdvance(badge)
                         + 2 * badgePadding + badgeGap;
    return size;
}

} // namespace kd
