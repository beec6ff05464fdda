#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace kd {

// One thing the command palette can open or run.
struct CommandEntry {
    enum class Kind : quint8 { Action, ControlPlane, Group, Network, Cache, Partial, Plugin };
    Kind kind = Kind::Action;
    QString title;  // matched first and shown large
    QString detail; // where it lives (kind, control plane, cloud and region) or the shortcut
    QString id;     // the entity id, or the action's objectName
};

// Matches what the user types against tens of thousands of entries within a frame. Every
// word of the query must occur in the title or the detail, or its letters in order within
// the title ("rlaprod"); hits in the title, at a word start and contiguous ones score higher.
class CommandIndex final {
public:
    using Scored = std::vector<std::pair<int, qsizetype>>; // (score, row), higher is better

    void clear();
    void reserve(qsizetype count);
    void add(CommandEntry entry);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    const CommandEntry &at(qsizetype row) const { return m_entries[size_t(row)]; }

    // Every entry the query matches, with its score, in index order; `within` (rows of an
    // earlier result) narrows the search, which is how one more typed letter avoids walking
    // the whole index again.
    Scored matching(const QString &query, const std::vector<qsizetype> *within = nullptr) const;

    // 0 when the word matches neither title nor detail; higher is better. Both case-folded.
    static int score(QStringView word, QStringView title, QStringView detail);

private:
    std::vector<CommandEntry> m_entries;
    std::vector<QString> m_titles;  // case-folded
    std::vector<QString> m_details; // case-folded; neighbours with the same detail share one
};

} // namespace kd
