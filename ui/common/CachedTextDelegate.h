#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace kd {

// Paints plain-text cells exactly as QStyledItemDelegate does under the Fusion style, but keeps
// the shaped and elided text of each cell in a bounded cache shared by all views, so a repaint of
// unchanged cells shapes no text (Qt lays out and shapes every visible cell's text two or three
// times on every paint; on a full table that was most of a window repaint).
//
// Anything else is left to QStyledItemDelegate: cells with an icon, a check box, wrapped or
// multi-line text, a cell being edited, a style other than Fusion (other styles draw items their
// own way), and views whose style sheet styles items or colours.
class CachedTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Sets a new CachedTextDelegate as the view's item delegate; column and row delegates the
    // view already has (sparklines and the like) keep painting their cells.
    static void install(QAbstractItemView *view);

    // The cache shared by all instances (painting happens on the GUI thread only), for tests and
    // measurements.
    struct CacheStats {
        qint64 hits = 0;
        qint64 misses = 0;
        qsizetype size = 0;
        qsizetype capacity = 0;
    };
    static CacheStats cacheStats();
    // Empties the cache, zeroes the counters and bounds the cache to `capacity` texts.
    static void resetCache(qsizetype capacity = defaultCapacity);
    static constexpr qsizetype defaultCapacity = 4096;

private:
    bool paintPlainText(QPainter *painter, const QStyleOptionViewItem &option) const;
};

} // namespace kd
