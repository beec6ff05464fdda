#include "ui/palette/CommandPalette.h"

#include "models/CommandPaletteModel.h"
#include "ui/palette/CommandPaletteDelegate.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr int paletteWidth = 640;
constexpr int visibleRows = 12;
} // namespace

CommandPalette::CommandPalette(CommandPaletteModel *model, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_model(model)
    , m_input(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this)) {
    setObjectName(u"commandPalette"_s);
    setAccessibleName(tr("Command palette"));
    setAccessibleDescription(
        tr("Type to find a control plane, group, network, cache, partial, plugin or action"));

    m_input->setObjectName(u"commandPaletteInput"_s);
    m_input->setPlaceholderText(
        tr("Find a control plane, group, network, cache, partial, plugin or action…"));
    m_input->setClearButtonEnabled(true);
    m_input->setAccessibleName(tr("Search the fleet and actions"));
    m_input->installEventFilter(this);

    m_list->setObjectName(u"commandPaletteList"_s);
    m_list->setModel(model);
    m_list->setItemDelegate(new CommandPaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_count->setObjectName(u"commandPaletteCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    layout->addWidget(m_count);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        m_list->setCurrentIndex(m_model->index(0, 0));
        updateCount();
    });
    connect(m_list, &QListView::activated, this, &CommandPalette::activate);
    connect(m_list, &QListView::clicked, this, &CommandPalette::activate);
}

void CommandPalette::popup() {
    m_model->refreshIndex();
    m_input->clear();
    m_model->setQuery({});
    m_list->setCurrentIndex(m_model->index(0, 0));
    updateCount();
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 2 * fontMetrics().height();
    m_list->setFixedHeight(rowHeight * visibleRows + 2 * m_list->frameWidth());
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const int width = std::min(paletteWidth, window->width() - 40);
        resize(width, sizeHint().height());
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width / 2, topCentre.y() + window->height() / 8);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::updateCount() {
    const qsizetype total = m_model->matchCount();
    const int shown = m_model->rowCount();
    if (m_model->query().trimmed().isEmpty())
        m_count->setText(
            tr("Type to search %n entities and actions", nullptr, int(m_model->searchableCount())));
    else if (total == 0)
        m_count->setText(tr("Nothing matches “%1”").arg(m_model->query()));
    else if (total > shown)
        m_count->setText(tr("Best %1 of %n matches", nullptr, int(total)).arg(shown));
    else
        m_count->setText(tr("%n matches", nullptr, int(total)));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The input keeps the focus; the list moves its current row.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_list->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::activate(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const int kind = index.data(CommandPaletteModel::KindRole).toInt();
    const QString id = index.data(CommandPaletteModel::IdRole).toString();
    accept();
    Q_EMIT entryActivated(kind, id);
}

} // namespace kd
