// Opt-in benchmark (not a test): what a window repaint costs while a big table or tree is shown,
// with QStyledItemDelegate and with CachedTextDelegate. A 1600x1000 window holds a table of
// 60,000 rows x 8 columns (configured as the panes configure theirs) or a tree of 2,000 planes
// with 3 groups each; it is repainted 50 times unchanged, then 50 times scrolled a page each
// time (cells new to the cache, though many texts repeat), and with a cache that keeps nothing.
// Prints median and worst thread CPU time per repaint.
//   cmake --build --preset ci --target bench_paint
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_paint
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/PaneParts.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

// Cells like the plugin table's: names, ids, scopes, a right-aligned number, timestamps.
class PluginLikeModel final : public QAbstractTableModel {
public:
    explicit PluginLikeModel(int rows)
        : m_rows(rows) {
        for (int row = 0; row < rows; ++row) {
            const QString n = QString::number(row);
            m_cells.append({u"rate-limiting-advanced"_s.left(8 + row % 15), u"cp-"_s + n,
                            u"4f1c2e0a-9b7d-4d3e-8a6f-"_s + QString::number(100000000000 + row),
                            row % 3 ? u"Global"_s : u"Service svc-"_s + n,
                            QString::number(row % 7 == 0 ? 0 : 1 + row % 5),
                            row % 2 ? u"Enabled"_s : u"Disabled"_s,
                            u"2026-11-"_s + QString::number(10 + row % 19) + u" 12:"_s
                                + QString::number(10 + row % 49),
                            u"team:"_s + QString::number(row % 17) + u", env:prod, tier:gold"_s});
        }
    }
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 8; }
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::DisplayRole)
            return m_cells.at(index.row()).at(index.column());
        if (role == Qt::TextAlignmentRole && index.column() == 4)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (role == Qt::DisplayRole && orientation == Qt::Horizontal)
            return QStringList{u"Name"_s,     u"Control plane"_s, u"ID"_s,      u"Scope"_s,
                               u"Ordering"_s, u"State"_s,         u"Updated"_s, u"Tags"_s}
                .at(section);
        return {};
    }

private:
    int m_rows;
    QList<QStringList> m_cells;
};

double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Times {
    double first = 0;
    double median = 0;
    double worst = 0;
};

// Repaints `window` `count` times, calling `before` ahead of each; the first repaint's time
// is reported on its own.
Times measure(QWidget *window, int count, const std::function<void(int)> &before) {
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        before(i);
        QCoreApplication::processEvents(); // layouts and scroll updates, outside the timing
        const double start = cpuMs();
        window->repaint();
        times.append(cpuMs() - start);
    }
    Times result;
    result.first = times.first();
    std::sort(times.begin(), times.end());
    result.median = times.at(times.size() / 2);
    result.worst = times.last();
    return result;
}

void report(const char *what, const char *delegate, const Times &unchanged, const Times &scrolled) {
    std::printf("%-5s %-20s unchanged: first %6.2f ms, median %6.2f ms, worst %6.2f ms | "
                "scrolled a page: median %6.2f ms, worst %6.2f ms\n",
                what, delegate, unchanged.first, unchanged.median, unchanged.worst, scrolled.median,
                scrolled.worst);
    std::fflush(stdout);
}

void run(const char *what, QWidget *window, QAbstractItemView *view) {
    constexpr int repaints = 50;
    QScrollBar *bar = view->verticalScrollBar();
    // The third pass keeps nothing (capacity 0): every cell shaped on every paint, the cost of
    // cells new to the cache.
    const char *names[] = {"QStyledItemDelegate", "CachedTextDelegate", "Cached, capacity 0"};
    for (int pass = 0; pass < 3; ++pass) {
        if (pass == 0) {
            view->setItemDelegate(new QStyledItemDelegate(view));
        } else {
            kd::CachedTextDelegate::resetCache(pass == 1 ? kd::CachedTextDelegate::defaultCapacity
                                                         : 0);
            kd::CachedTextDelegate::install(view);
        }
        bar->setValue(0);
        const Times unchanged = measure(window, repaints, [](int) {});
        const Times scrolled = measure(window, repaints, [bar](int i) {
            bar->setValue(bar->minimum() + (i + 1) * bar->pageStep());
        });
        report(what, names[pass], unchanged, scrolled);
    }
    kd::CachedTextDelegate::resetCache();
}

// Heap held by a full cache: the table scrolled page by page until the cache is full.
void reportCacheMemory(QWidget *window, QAbstractItemView *view) {
    kd::CachedTextDelegate::resetCache();
    kd::CachedTextDelegate::install(view);
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    const size_t before = mallinfo2().uordblks;
    while (kd::CachedTextDelegate::cacheStats().size < kd::CachedTextDelegate::defaultCapacity
           && bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
        window->repaint();
    }
    const double bytes = static_cast<double>(mallinfo2().uordblks - before);
    const auto size = kd::CachedTextDelegate::cacheStats().size;
    std::printf("cache full: %lld texts hold %.1f MB of heap (%.0f bytes each)\n",
                static_cast<long long>(size), bytes / 1048576.0, bytes / static_cast<double>(size));
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setStyle(u"fusion"_s);

    {
        PluginLikeModel model(60000);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *table = new QTableView(&window);
        layout->addWidget(table);
        table->setModel(&model);
        kd::configureEntityTable(table);
        table->setSortingEnabled(false);
        table->horizontalHeader()->setStretchLastSection(true);
        window.resize(1600, 1000);
        window.show();
        table->resizeColumnsToContents();
        QCoreApplication::processEvents();
        run("table", &window, table);
        reportCacheMemory(&window, table);
    }
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({u"Name"_s, u"Geo"_s, u"Version"_s, u"State"_s});
        for (int plane = 0; plane < 2000; ++plane) {
            const QString n = QString::number(plane);
            QList<QStandardItem *> row{new QStandardItem(u"control-plane-"_s + n),
                                       new QStandardItem(plane % 2 ? u"eu"_s : u"us"_s),
                                       new QStandardItem(u"3.9.1"_s),
                                       new QStandardItem(u"Ready"_s)};
            for (int group = 0; group < 3; ++group) {
                row.first()->appendRow(
                    {new QStandardItem(u"dp-group-"_s + n + u'-' + QString::number(group)),
                     new QStandardItem(u"aws / eu-central-1"_s), new QStandardItem(u"3.9.1.0"_s),
                     new QStandardItem(u"2 of 3 instances running"_s)});
            }
            model.appendRow(row);
        }
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *tree = new QTreeView(&window);
        layout->addWidget(tree);
        tree->setModel(&model);
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);
        tree->setStyleSheet(u"QTreeView:focus { border: 2px solid palette(highlight); }"_s);
        tree->expandAll();
        tree->header()->resizeSection(0, 420);
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        run("tree", &window, tree);
    }
    return 0;
}
