// NameIndex: trigram postings with counting for candidates, then edit distance and Kölner Phonetik.
#include "offline-cache/nameindex.h"

#include "offline-cache/koelnerphonetik.h"

#include <algorithm>
#include <unordered_set>

namespace checkin::cache {

namespace {

/// Trigrams of " word " (padded, so that two-letter names have some), packed into 24 bits.
std::vector<uint32_t> trigramsOf(std::string_view word)
{
    std::string padded = " ";
    padded += word;
    padded += ' ';
    std::vector<uint32_t> out;
    for (size_t i = 0; i + 3 <= padded.size(); ++i)
        out.push_back(static_cast<uint32_t>(static_cast<unsigned char>(padded[i])) << 16
            | static_cast<uint32_t>(static_cast<unsigned char>(padded[i + 1])) << 8
            | static_cast<unsigned char>(padded[i + 2]));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double similarity(std::string_view a, std::string_view b, std::string_view pa, std::string_view pb)
{
    if (a == b)
        return 1.0;
    const size_t longest = std::max(a.size(), b.size());
    double s = 1.0 - static_cast<double>(editDistance(a, b)) / static_cast<double>(longest);
    // A sound-alike is worth one typo in a mid-length name (Mohammed / Muhammad).
    if (!pa.empty() && pa == pb)
        s = std::max(s, 0.8);
    // A prefix of at least 4 letters ("Kowal" for Kowalczyk) is a reasonable partial entry by staff.
    if (a.size() >= 4 && b.size() > a.size() && b.substr(0, a.size()) == a)
        s = std::max(s, 0.75);
    return std::max(s, 0.0);
}

} // namespace

int editDistance(std::string_view a, std::string_view b)
{
    // Names are short: three rows on the stack, no allocation in the hot loop of a search.
    constexpr size_t kMax = 64;
    if (a.size() >= kMax || b.size() >= kMax) {
        a = a.substr(0, kMax - 1);
        b = b.substr(0, kMax - 1);
    }
    const size_t n = a.size();
    const size_t m = b.size();
    int rows[3][kMax];
    int *prev2 = rows[0];
    int *prev = rows[1];
    int *cur = rows[2];
    for (size_t j = 0; j <= m; ++j)
        prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        int *oldest = prev2;
        prev2 = prev;
        prev = cur;
        cur = oldest;
    }
    return prev[m];
}

void NameIndex::clear()
{
    m_entries.clear();
    m_byId.clear();
    m_trigrams.clear();
    m_phonetic.clear();
    m_birthDates.clear();
}

void NameIndex::remove(int64_t appointmentId)
{
    if (auto found = m_byId.find(appointmentId); found != m_byId.end()) {
        m_entries[found->second].dead = true;
        m_byId.erase(found);
    }
}

void NameIndex::add(Entry entry)
{
    remove(entry.appointmentId);
    const auto index = static_cast<uint32_t>(m_entries.size());
    m_byId[entry.appointmentId] = index;
    Stored stored;
    std::unordered_set<uint32_t> grams;
    std::unordered_set<std::string> codes;
    for (const auto *words : {&entry.givenWords, &entry.familyWords}) {
        for (const auto &w : *words) {
            for (const auto g : trigramsOf(w))
                grams.insert(g);
            stored.phonetics.push_back(koelnerPhonetik(w));
            if (!stored.phonetics.back().empty())
                codes.insert(stored.phonetics.back());
        }
    }
    for (const auto g : grams)
        m_trigrams[g].push_back(index);
    for (const auto &c : codes)
        m_phonetic[c].push_back(index);
    if (!entry.birthDate.empty())
        m_birthDates[entry.birthDate].push_back(index);
    stored.entry = std::move(entry);
    m_entries.push_back(std::move(stored));
}

double NameIndex::nameScore(const std::vector<std::string> &words, const std::vector<std::string> &phonetics,
    const Stored &stored) const
{
    // Each query word takes its best match among the person's words, given and family alike, so a
    // swapped "Yılmaz Ayşe" scores like "Ayşe Yılmaz". Longer words weigh more.
    double total = 0;
    double weight = 0;
    bool familyMatched = false;
    const size_t givenCount = stored.entry.givenWords.size();
    for (size_t q = 0; q < words.size(); ++q) {
        double best = 0;
        size_t bestAt = 0;
        size_t at = 0;
        for (const auto *list : {&stored.entry.givenWords, &stored.entry.familyWords}) {
            for (const auto &w : *list) {
                const double s = similarity(words[q], w, phonetics[q], stored.phonetics[at]);
                if (s > best) {
                    best = s;
                    bestAt = at;
                }
                ++at;
            }
        }
        if (bestAt >= givenCount && best >= 0.6)
            familyMatched = true;
        const double w = static_cast<double>(std::max<size_t>(words[q].size(), 2));
        total += best * w;
        weight += w;
    }
    if (weight == 0)
        return 0;
    double score = total / weight;
    // A search is for a family: a hit only on the given name ranks below one on the family name.
    if (!familyMatched && !stored.entry.familyWords.empty())
        score *= 0.8;
    return score;
}

std::vector<NameIndex::Scored> NameIndex::search(const std::vector<std::string> &words,
    std::string_view birthDate, std::string_view day, size_t limit) const
{
    std::vector<std::string> phonetics;
    for (const auto &w : words)
        phonetics.push_back(koelnerPhonetik(w));

    std::vector<Scored> out;
    auto consider = [&](uint32_t i, bool requireBirth) {
        const Stored &s = m_entries[i];
        if (s.dead || (!day.empty() && s.entry.day != day))
            return;
        const bool sameBirth = !birthDate.empty() && s.entry.birthDate == birthDate;
        if (requireBirth && !sameBirth)
            return;
        const double name = words.empty() ? 0.0 : nameScore(words, phonetics, s);
        double score = name;
        if (!birthDate.empty()) {
            if (words.empty())
                score = sameBirth ? 1.0 : 0.0;
            else
                score = sameBirth ? 0.5 + 0.5 * name : 0.6 * name; // a wrong date weighs, but typos happen
            if (!sameBirth && name < 0.9)
                return;
            if (sameBirth && !words.empty() && name < 0.45)
                return;
        } else if (name < 0.6) {
            return;
        }
        out.push_back({s.entry.appointmentId, score});
    };
    auto ranked = [&] {
        std::sort(out.begin(), out.end(), [](const Scored &a, const Scored &b) {
            return a.score != b.score ? a.score > b.score : a.appointmentId < b.appointmentId;
        });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    };

    // With a date of birth, the few people born that day come first: any of them whose name is
    // close enough outranks every name match with another date (0.5 + 0.5 * 0.45 > 0.6), so the
    // wide name scan only runs when nobody born that day matches (a mistyped date).
    if (!birthDate.empty()) {
        if (auto found = m_birthDates.find(std::string(birthDate)); found != m_birthDates.end())
            for (const auto i : found->second)
                consider(i, true);
        if (!out.empty() || words.empty())
            return ranked();
    }

    // Candidates: enough shared trigrams, or the same sound-alike code.
    m_counts.resize(m_entries.size());
    m_touched.clear();
    size_t queryGrams = 0;
    for (const auto &w : words) {
        for (const auto g : trigramsOf(w)) {
            ++queryGrams;
            if (auto found = m_trigrams.find(g); found != m_trigrams.end())
                for (const auto i : found->second)
                    if (m_counts[i]++ == 0)
                        m_touched.push_back(i);
        }
    }
    const int needed = std::max(1, static_cast<int>(queryGrams) / 3);
    std::vector<std::pair<int, uint32_t>> byCount;
    for (const auto i : m_touched) {
        if (m_counts[i] >= needed)
            byCount.emplace_back(m_counts[i], i);
        m_counts[i] = 0;
    }
    constexpr size_t kMaxCandidates = 3000;
    if (byCount.size() > kMaxCandidates) {
        std::nth_element(byCount.begin(), byCount.begin() + kMaxCandidates, byCount.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        byCount.resize(kMaxCandidates);
    }
    std::vector<uint32_t> candidates;
    candidates.reserve(byCount.size());
    for (const auto &[n, i] : byCount)
        candidates.push_back(i);
    for (const auto &p : phonetics)
        if (auto found = m_phonetic.find(p); p.size() >= 2 && found != m_phonetic.end())
            candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const auto i : candidates)
        consider(i, false);
    return ranked();
}

} // namespace checkin::cache
