// CachedTextDelegate paints pixel for pixel what QStyledItemDelegate paints, under the app's
// styles and palettes, and a repaint of the same cells shapes no text.
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/PaneParts.h"
#include "ui/theme/ThemeController.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace kd {

namespace {

QIcon redIcon() {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::red);
    return QIcon(pixmap);
}

// One row of cells of every kind the panes show, and some they might.
QList<QStandardItem *> makeRow(int row) {
    const QString n = QString::number(row);
    auto *plain = new QStandardItem(u"plane-"_s + n);
    auto *longText = new QStandardItem(
        u"a rather long description that cannot fit in its column and must be elided "_s + n);
    auto *number = new QStandardItem(QString::number(row * 1234.5, 'f', 1));
    number->setData(QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    auto *coloured = new QStandardItem(u"degraded"_s);
    coloured->setForeground(QColor(0xc0, 0x30, 0x20));
    auto *background = new QStandardItem(u"on yellow"_s);
    background->setBackground(QColor(0xff, 0xee, 0x88));
    auto *font = new QStandardItem(u"bold italic"_s);
    QFont f = QApplication::font();
    f.setBold(true);
    f.setItalic(row % 2 == 0);
    f.setUnderline(row % 3 == 0);
    font->setFont(f);
    auto *disabled = new QStandardItem(u"disabled "_s + n);
    disabled->setEnabled(false);
    auto *icon = new QStandardItem(redIcon(), u"with icon"_s);
    auto *check = new QStandardItem(u"checked"_s);
    check->setCheckable(true);
    check->setCheckState(row % 2 ? Qt::Checked : Qt::Unchecked);
    auto *rtl = new QStandardItem(u"\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd "_s
                                  u"\u0645\u0631\u062d\u0628\u0627 "_s
                                  + n);
    auto *centred = new QStandardItem(u"top centre"_s);
    centred->setData(QVariant(Qt::AlignHCenter | Qt::AlignTop), Qt::TextAlignmentRole);
    auto *bottom = new QStandardItem(u"bottom, a little longer than its column "_s + n);
    bottom->setData(QVariant(Qt::AlignRight | Qt::AlignBottom), Qt::TextAlignmentRole);
    auto *multiLine = new QStandardItem(u"two\nlines"_s);
    auto *empty = new QStandardItem;
    auto *german = new QStandardItem(u"Größenänderung läuft …"_s);
    // The same text in cells of the same width, aligned differently.
    auto *sameLeft = new QStandardItem(u"same"_s);
    auto *sameRight = new QStandardItem(u"same"_s);
    sameRight->setData(QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    return {plain, longText, number, coloured,  background, font,   disabled, icon,     check,
            rtl,   centred,  bottom, multiLine, empty,      german, sameLeft, sameRight};
}

void fill(QStandardItemModel *model, int rows) {
    for (int row = 0; row < rows; ++row)
        model->appendRow(makeRow(row));
    for (int row = 0; row < 3; ++row) {
        QStandardItem *parent = model->item(row, 0);
        for (int child = 0; child < 3; ++child)
            parent->appendRow(makeRow(100 + row * 10 + child));
    }
}

QImage grab(QAbstractItemView *view) {
    view->viewport()->update();
    return view->grab().toImage();
}

// The number of pixels that differ, and both images kept for a look when some do.
int differingPixels(const QImage &expected, const QImage &actual, const QString &name) {
    if (expected.size() != actual.size())
        return -1;
    int count = 0;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            if (expected.pixel(x, y) != actual.pixel(x, y))
                ++count;
        }
    }
    if (count) {
        expected.save(QDir::temp().filePath(name + u"-styled.png"_s));
        actual.save(QDir::temp().filePath(name + u"-cached.png"_s));
    }
    return count;
}

// A table of `rows` varied rows as the panes set theirs up, not yet shown.
void setUpEntityTable(QTableView *view, QStandardItemModel *model, int rows) {
    fill(model, rows);
    view->setModel(model);
    configureEntityTable(view);
    view->resize(1200, 600);
}
} // namespace

class TestCachedTextDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void paintsAsStyledDelegate_data();
    void paintsAsStyledDelegate();
    void repaintShapesNothing();
    void cacheIsBounded();
    void installKeepsColumnDelegates();
    void leavesOtherStylesToTheBase_data();
    void leavesOtherStylesToTheBase();

private:
    QPalette m_light;
};

void TestCachedTextDelegate::initTestCase() {
    QApplication::setStyle(u"fusion"_s);
    m_light = QApplication::style()->standardPalette();
}

void TestCachedTextDelegate::paintsAsStyledDelegate_data() {
    QTest::addColumn<bool>("tree");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("elideMode");
    for (const bool tree : {false, true}) {
        for (const bool dark : {false, true}) {
            for (const bool rightToLeft : {false, true}) {
                for (const bool active : {true, false}) {
                    const QString name =
                        (tree ? u"tree"_s : u"table"_s) + (dark ? u"-dark"_s : u"-light"_s)
                        + (rightToLeft ? u"-rtl"_s : u""_s) + (active ? u""_s : u"-inactive"_s);
                    QTest::newRow(qPrintable(name))
                        << tree << dark << rightToLeft << active << int(Qt::ElideRight);
                }
            }
        }
    }
    QTest::newRow("table-elide-middle") << false << false << false << true << int(Qt::ElideMiddle);
    QTest::newRow("tree-elide-left") << true << true << false << true << int(Qt::ElideLeft);
    QTest::newRow("table-elide-none") << false << false << false << true << int(Qt::ElideNone);
}

void TestCachedTextDelegate::paintsAsStyledDelegate() {
    QFETCH(bool, tree);
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    QFETCH(bool, active);
    QFETCH(int, elideMode);
    QPalette palette = dark ? ThemeController::darkPalette() : m_light;
    // Inactive colours of their own, to see that an inactive window's cells use them.
    palette.setColor(QPalette::Inactive, QPalette::Text, QColor(0x70, 0x40, 0x90));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, QColor(0xf0, 0xe0, 0x40));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x30, 0x70, 0x50));
    QApplication::setPalette(palette);

    QStandardItemModel model;
    fill(&model, 40);
    std::unique_ptr<QAbstractItemView> view;
    if (tree) {
        auto *treeView = new QTreeView;
        treeView->setModel(&model);
        treeView->expandAll();
        treeView->setAlternatingRowColors(true);
        treeView->setStyleSheet(u"QTreeView:focus { border: 2px solid palette(highlight); }"_s);
        view.reset(treeView);
    } else {
        auto *table = new QTableView;
        table->setModel(&model);
        configureEntityTable(table); // the panes' style sheet, alternating rows, row selection
        view.reset(table);
    }
    view->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    view->setTextElideMode(static_cast<Qt::TextElideMode>(elideMode));
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->resize(1800, 700);
    for (int column = 0; column < model.columnCount(); ++column) {
        const int width = column == 1 || column == 11 || column == 9 ? 120 : 90;
        if (auto *table = qobject_cast<QTableView *>(view.get()))
            table->setColumnWidth(column, width);
        else
            static_cast<QTreeView *>(view.get())->setColumnWidth(column, width);
    }
    // Selected rows, the current cell with the focus, a disabled selected cell.
    view->selectionModel()->select(model.index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model.index(5, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(model.index(5, 3), QItemSelectionModel::NoUpdate);
    view->show();
    std::unique_ptr<QWidget> other; // the active window while `view` is inactive
    if (active) {
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
    } else {
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        other = std::make_unique<QWidget>();
        other->show();
        other->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(other.get()));
        QVERIFY(!view->isActiveWindow()); // the inactive palette, no focus frame
    }

    view->setItemDelegate(new QStyledItemDelegate(view.get()));
    const QImage expected = grab(view.get());

    CachedTextDelegate::resetCache();
    CachedTextDelegate::install(view.get());
    const QImage actual = grab(view.get());
    // The cached path really drew (else this would compare QStyledItemDelegate with itself).
    QVERIFY(CachedTextDelegate::cacheStats().misses > 100);

    const QString name = QString::fromLatin1(QTest::currentDataTag());
    QCOMPARE(differingPixels(expected, actual, name), 0);
    // And from the cache, a second time.
    QCOMPARE(differingPixels(expected, grab(view.get()), name + u"-again"_s), 0);
    QVERIFY(CachedTextDelegate::cacheStats().hits > 100);
    view.reset();
    QApplication::setPalette(m_light);
}

void TestCachedTextDelegate::repaintShapesNothing() {
    QStandardItemModel model;
    QTableView view;
    setUpEntityTable(&view, &model, 60);
    CachedTextDelegate::install(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    CachedTextDelegate::resetCache();
    grab(&view);
    const CachedTextDelegate::CacheStats first = CachedTextDelegate::cacheStats();
    QVERIFY(first.misses > 100);
    grab(&view);
    grab(&view);
    const CachedTextDelegate::CacheStats after = CachedTextDelegate::cacheStats();
    QCOMPARE(after.misses, first.misses);
    QVERIFY(after.hits >= first.hits + 2 * first.misses);

    // A changed cell is shaped again, once.
    model.item(0, 0)->setText(u"renamed"_s);
    grab(&view);
    QCOMPARE(CachedTextDelegate::cacheStats().misses, after.misses + 1);
}

void TestCachedTextDelegate::cacheIsBounded() {
    QStandardItemModel model;
    QTableView view;
    setUpEntityTable(&view, &model, 60);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setItemDelegate(new QStyledItemDelegate(&view));
    const QImage expected = grab(&view);

    CachedTextDelegate::install(&view);
    for (const qsizetype capacity : {qsizetype(0), qsizetype(1), qsizetype(16)}) {
        CachedTextDelegate::resetCache(capacity);
        // Fewer places than cells: paints stay right while texts come and go.
        QCOMPARE(differingPixels(expected, grab(&view), u"bounded"_s), 0);
        QCOMPARE(differingPixels(expected, grab(&view), u"bounded-again"_s), 0);
        const CachedTextDelegate::CacheStats stats = CachedTextDelegate::cacheStats();
        QCOMPARE(stats.capacity, capacity);
        QVERIFY(stats.size <= capacity);
        QVERIFY(stats.misses > 200);
    }
    CachedTextDelegate::resetCache();
    QCOMPARE(CachedTextDelegate::cacheStats().capacity, CachedTextDelegate::defaultCapacity);
}

void TestCachedTextDelegate::installKeepsColumnDelegates() {
    QStandardItemModel model;
    fill(&model, 5);
    QTableView view;
    view.setModel(&model);
    auto *column = new QStyledItemDelegate(&view);
    view.setItemDelegateForColumn(2, column);
    CachedTextDelegate::install(&view);
    QVERIFY(qobject_cast<CachedTextDelegate *>(view.itemDelegate()));
    QCOMPARE(view.itemDelegateForIndex(model.index(0, 2)), column);
    QVERIFY(qobject_cast<CachedTextDelegate *>(view.itemDelegateForIndex(model.index(0, 1))));
}

void TestCachedTextDelegate::leavesOtherStylesToTheBase_data() {
    QTest::addColumn<QString>("styleName");
    QTest::addColumn<QString>("styleSheet");
    QTest::newRow("windows style") << u"windows"_s << QString();
    QTest::newRow("item colour in the view's sheet")
        << QString() << u"QTableView::item { color: #208040; }"_s;
    QTest::newRow("item padding in the view's sheet")
        << QString() << u"QTableView::item { padding-left: 6px; }"_s;
}

// Styles and style sheets that draw items their own way get QStyledItemDelegate's painting.
void TestCachedTextDelegate::leavesOtherStylesToTheBase() {
    QFETCH(QString, styleName);
    QFETCH(QString, styleSheet);
    QStandardItemModel model;
    fill(&model, 30);
    QTableView view;
    std::unique_ptr<QStyle> style;
    if (!styleName.isEmpty()) {
        style.reset(QStyleFactory::create(styleName));
        QVERIFY(style);
        view.setStyle(style.get());
    }
    view.setModel(&model);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false); // as the panes have it: wrapped text is left to the base anyway
    view.setStyleSheet(styleSheet);
    view.selectRow(3);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setItemDelegate(new QStyledItemDelegate(&view));
    const QImage expected = grab(&view);

    CachedTextDelegate::resetCache();
    CachedTextDelegate::install(&view);
    QCOMPARE(differingPixels(expected, grab(&view), u"other-style"_s), 0);
    QCOMPARE(CachedTextDelegate::cacheStats().misses, 0);
}

} // namespace kd

QTEST_MAIN(kd::TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
