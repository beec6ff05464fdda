#include "models/CommandIndex.h"

#include <algorithm>

namespace kd {

namespace {
constexpr int maxOccurrences = 4; // looked at per word and text, for the best position

bool isWordStart(QStringView text, qsizetype at) {
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// The best contiguous hit of `word` in `text`: earlier and at a word start is better.
int contiguousScore(QStringView word, QStringView text) {
    int best = 0;
    qsizetype at = text.indexOf(word);
    for (int seen = 0; at >= 0 && seen < maxOccurrences; ++seen) {
        int s = 100 - int(std::min<qsizetype>(at, 20));
        if (isWordStart(text, at))
            s += at == 0 ? 70 : 40;
        best = std::max(best, s);
        if (at == 0)
            break;
        at = text.indexOf(word, at + 1);
    }
    return best;
}

// Letters of `word` in order within `text`: the number of gaps between them, or -1.
qsizetype subsequenceGaps(QStringView word, QStringView text) {
    qsizetype gaps = 0;
    qsizetype from = 0;
    qsizetype last = -1;
    for (const QChar c : word) {
        const qsizetype at = text.indexOf(c, from);
        if (at < 0)
            return -1;
        if (last >= 0 && at != last + 1)
            ++gaps;
        last = at;
        from = at + 1;
    }
    return gaps;
}
} // namespace

void CommandIndex::clear() {
    m_entries.clear();
    m_titles.clear();
    m_details.clear();
}

void CommandIndex::reserve(qsizetype count) {
    m_entries.reserve(size_t(count));
    m_titles.reserve(size_t(count));
    m_details.reserve(size_t(count));
}

void CommandIndex::add(CommandEntry entry) {
    m_titles.push_back(entry.title.toCaseFolded());
    // Plugins of one control plane come together and mostly share their detail.
    if (!m_entries.empty() && m_entries.back().detail == entry.detail)
        m_details.push_back(m_details.back());
    else
        m_details.push_back(entry.detail.toCaseFolded());
    m_entries.push_back(std::move(entry));
}

int CommandIndex::score(QStringView word, QStringView title, QStringView detail) {
    if (word.isEmpty())
        return 1;
    if (const int s = contiguousScore(word, title))
        return s + 60;
    // Scattered letters count only within the title: across a long detail almost any word
    // would match.
    if (const qsizetype gaps = subsequenceGaps(word, title); gaps >= 0)
        return std::max(2, 50 - int(gaps) * 8);
    return contiguousScore(word, detail);
}

CommandIndex::Scored CommandIndex::matching(const QString &query,
                                            const std::vector<qsizetype> *within) const {
    const QStringList words = query.toCaseFolded().split(QChar(u' '), Qt::SkipEmptyParts);
    Scored result;
    const auto consider = [&](qsizetype row) {
        const QString &title = m_titles[size_t(row)];
        const QString &detail = m_details[size_t(row)];
        int total = 1; // with no words, everything matches
        for (const QString &word : words) {
            const int s = score(word, title, detail);
            if (s == 0)
                return;
            total += s;
        }
        result.emplace_back(total, row);
    };
    if (within) {
        result.reserve(within->size());
        for (const qsizetype row : *within)
            if (row < size())
                consider(row);
    } else {
        result.reserve(m_entries.size());
        for (qsizetype row = 0; row < size(); ++row)
            consider(row);
    }
    return result;
}

} // namespace kd
