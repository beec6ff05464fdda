#include "models/NavigatorModel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace kd {

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractListModel(parent) {
}

void NavigatorModel::addSection(const QString &id, const QString &title, const QString &iconPath) {
    Q_ASSERT(rowOf(id) < 0);
    const int row = static_cast<int>(m_sections.size());
    beginInsertRows({}, row, row);
    m_sections.append({id, title, QIcon(iconPath), {}, false, Tone::Error});
    endInsertRows();
}

void NavigatorModel::setBadge(const QString &id, const QString &badge, bool problem, Tone tone) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    Section &section = m_sections[row];
    if (section.badge == badge && section.problem == problem && section.tone == tone)
        return;
    section.badge = badge;
    section.problem = problem;
    section.tone = tone;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed,
                       {Qt::DisplayRole, Qt::ToolTipRole, BadgeRole, ProblemRole, ToneRole});
}

int NavigatorModel::rowOf(const QString &id) const {
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString NavigatorModel::idAt(int row) const {
    return row >= 0 && row < m_sections.size() ? m_sections.at(row).id : QString();
}

int NavigatorModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sections.size());
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &section = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return section.badge.isEmpty() ? section.title : section.title + u"  ·  "_s + section.badge;
    case Qt::ToolTipRole:
        return section.badge.isEmpty() ? section.title : section.title + u": "_s + section.badge;
    case Qt::DecorationRole:
        return section.icon; // made once: an SVG icon parses its file when it is made
    case SectionIdRole:
        return section.id;
    case BadgeRole:
        return section.badge;
    case ProblemRole:
        return section.problem;
    case ToneRole:
        return static_cast<int>(section.tone);
    case TitleRole:
        return section.title;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigatorModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SectionIdRole, "sectionId");
    names.insert(BadgeRole, "badge");
    names.insert(ProblemRole, "problem");
    names.insert(ToneRole, "tone");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace kd
