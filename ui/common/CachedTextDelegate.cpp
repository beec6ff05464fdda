#include "ui/common/CachedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCache>
#include <QFont>
#include <QFontMetrics>
#include <QHashFunctions>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <memory>

namespace kd {

namespace {

// What the shaped text of a cell depends on. The cell's height and vertical alignment only move
// the text up or down, so they are applied at paint time and are not part of the key.
struct CachedTextKey {
    QString text;
    QFont font;
    int width = 0;
    Qt::Alignment alignment;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    Qt::TextElideMode elideMode = Qt::ElideRight;

    bool operator==(const CachedTextKey &other) const = default;
};

size_t qHash(const CachedTextKey &key, size_t seed = 0) noexcept {
    return qHashMulti(seed, key.text, key.font, key.width, key.alignment.toInt(),
                      static_cast<int>(key.direction), static_cast<int>(key.elideMode));
}

// The text as QCommonStyle would lay it out for the cell: elided if it does not fit, laid out
// as one line of the cell's width, with the facts needed to place it vertically.
struct CachedText {
    std::unique_ptr<QTextLayout> layout;
    QSize boundingSize; // of the text before eliding, which is what places it vertically
    qreal lineHeight = 0;
};

struct CachedTextCache {
    QCache<CachedTextKey, CachedText> texts{CachedTextDelegate::defaultCapacity};
    qint64 hits = 0;
    qint64 misses = 0;
};

CachedTextCache &textCache() {
    static CachedTextCache instance;
    return instance;
}

// QCommonStyle's viewItemTextLayout: every line as wide as the cell, one under the other.
void layOutLines(QTextLayout &layout, int lineWidth) {
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

// QCommonStylePrivate::calculateElidedText and viewItemDrawText for text of one line (the only
// text the delegate takes): shape it, elide it if it is wider than the cell, shape the result.
std::unique_ptr<CachedText> shapeText(const CachedTextKey &key) {
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(key.direction);
    textOption.setAlignment(QStyle::visualAlignment(key.direction, key.alignment));
    auto measured = std::make_unique<QTextLayout>(key.text, key.font);
    measured->setTextOption(textOption);
    layOutLines(*measured, key.width);
    auto shaped = std::make_unique<CachedText>();
    shaped->boundingSize = measured->boundingRect().size().toSize();
    if (measured->lineCount() == 0) {
        shaped->layout = std::move(measured);
        return shaped;
    }
    const QTextLine line = measured->lineAt(0);
    shaped->lineHeight = line.height();
    if (line.naturalTextWidth() <= key.width) {
        shaped->layout = std::move(measured);
        return shaped;
    }
    const QString elided = QFontMetrics(key.font).elidedText(key.text, key.elideMode, key.width);
    shaped->layout = std::make_unique<QTextLayout>(elided, key.font);
    shaped->layout->setTextOption(textOption);
    layOutLines(*shaped->layout, key.width);
    return shaped;
}

bool isOneLine(const QString &text) {
    // Line breaks lay out as several lines; U+009C separates length variants of a text.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x9c)
            return false;
    }
    return true;
}

// A style sheet rule that colours or styles items changes how they are drawn.
bool sheetStylesItems(const QString &sheet) {
    return sheet.contains(u"item", Qt::CaseInsensitive)
           || sheet.contains(u"color", Qt::CaseInsensitive);
}

// The style that draws the items of `widget` when it is Fusion (possibly behind the style sheet
// style that a widget with a style sheet gets), else nullptr.
const QStyle *fusionStyleFor(const QWidget *widget) {
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (style->inherits("QStyleSheetStyle")) {
        if (sheetStylesItems(qApp->styleSheet()))
            return nullptr;
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (sheetStylesItems(w->styleSheet()))
                return nullptr;
        }
        style = QApplication::style();
    }
    return qstrcmp(style->metaObject()->className(), "QFusionStyle") == 0 ? style : nullptr;
}

// QCommonStyle's SE_ItemViewItemText for an item with neither icon nor check box. When the view
// shows the whole cell selected (tables do), the text may take the whole cell; otherwise the
// text's own size places it, which only the style knows (and it shapes the text to learn it).
QRect textRectOf(const QStyle *style, const QStyleOptionViewItem &opt) {
    if (opt.showDecorationSelected
        && (opt.decorationPosition == QStyleOptionViewItem::Left
            || opt.decorationPosition == QStyleOptionViewItem::Right))
        return opt.rect;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {
}

void CachedTextDelegate::install(QAbstractItemView *view) {
    view->setItemDelegate(new CachedTextDelegate(view));
}

CachedTextDelegate::CacheStats CachedTextDelegate::cacheStats() {
    const CachedTextCache &c = textCache();
    return {c.hits, c.misses, c.texts.size(), c.texts.maxCost()};
}

void CachedTextDelegate::resetCache(qsizetype capacity) {
    CachedTextCache &c = textCache();
    c.texts.clear();
    c.texts.setMaxCost(capacity);
    c.hits = 0;
    c.misses = 0;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    Q_ASSERT(index.isValid());
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (paintPlainText(painter, opt))
        return;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

// QCommonStyle::drawControl(CE_ItemViewItem) for an item with neither check box nor icon, the
// text drawn from the cache.
bool CachedTextDelegate::paintPlainText(QPainter *painter, const QStyleOptionViewItem &opt) const {
    constexpr auto unsupported = QStyleOptionViewItem::HasCheckIndicator
                                 | QStyleOptionViewItem::HasDecoration
                                 | QStyleOptionViewItem::WrapText;
    if (opt.features & unsupported || opt.state & QStyle::State_Editing || !isOneLine(opt.text))
        return false;
    const QWidget *widget = opt.widget;
    const QStyle *fusion = fusionStyleFor(widget);
    if (!fusion)
        return false;
    const QStyle *style = fusion->proxy();

    painter->save();
    if (painter->hasClipping())
        painter->setClipRect(opt.rect, Qt::IntersectClip);
    else
        painter->setClipRect(opt.rect);

    const QRect textRect = textRectOf(style, opt);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));

        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect rect = textRect.adjusted(margin, 0, -margin, 0);
        CachedTextKey key{opt.text,      opt.font,         rect.width(), opt.displayAlignment,
                          opt.direction, opt.textElideMode};
        CachedTextCache &c = textCache();
        std::unique_ptr<CachedText> made;
        const CachedText *shaped = c.texts.object(key);
        if (shaped) {
            ++c.hits;
        } else {
            ++c.misses;
            made = shapeText(key);
            shaped = made.get();
        }
        // Placed as calculateElidedText places it: the unelided text's box aligned in the cell
        // (height only), nothing drawn when that puts the line above the cell.
        const int top = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                            shaped->boundingSize, rect)
                            .top();
        if (shaped->lineHeight + top > rect.top())
            shaped->layout->draw(painter, QPointF(rect.x(), top));
        // QCache takes it, and deletes it at once when its capacity is 0.
        if (made)
            c.texts.insert(key, made.release());
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange;
        focus.state |= QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }

    painter->restore();
    return true;
}

} // namespace kd
