#include "ui/palette/CommandPaletteDelegate.h"

#include "models/CommandPaletteModel.h"
#include "models/Tones.h"

#include <QApplication>
#include <QPainter>

namespace kd {

namespace {
constexpr int rowPadding = 6;

QFont detailFont(const QFont &base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

void CommandPaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = opt.palette;
    const QRect area = opt.rect.adjusted(rowPadding, rowPadding / 2, -rowPadding, -rowPadding / 2);
    const QFontMetrics titleMetrics(opt.font);
    const QFont small = detailFont(opt.font);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(small);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                             : toneColor(Tone::Muted, palette));
    const QString detail = index.data(CommandPaletteModel::DetailRole).toString();
    painter->drawText(
        QRect(area.left(), area.top() + titleMetrics.height(), area.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(detail, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize CommandPaletteDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &) const {
    const int height = QFontMetrics(option.font).height()
                       + QFontMetrics(detailFont(option.font)).height() + rowPadding;
    return {option.rect.width(), height};
}

} // namespace kd
