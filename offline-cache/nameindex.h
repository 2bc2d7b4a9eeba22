// An in-memory fuzzy index of the appointments' names: trigrams, sound-alike codes, dates of birth.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace checkin::cache {

/// Candidate generation and scoring for name lookups, rebuilt from the folded keys the
/// appointments table keeps (given_key, family_key). It holds folded names only in memory, so the
/// files keep no search index of names that would outlive a purge. Lives on the store's thread.
class NameIndex
{
public:
    struct Entry
    {
        int64_t appointmentId = 0;
        std::string day;
        std::string birthDate;
        std::vector<std::string> givenWords; ///< skeleton keys (see NameFolder::key)
        std::vector<std::string> familyWords;
    };

    struct Scored
    {
        int64_t appointmentId = 0;
        double score = 0; ///< 0..1, 1 = exact name (and date of birth when asked)
    };

    void clear();
    /// Adds an entry, replacing an earlier one of the same appointment.
    void add(Entry entry);
    void remove(int64_t appointmentId);
    /// Entries that count (replaced and removed ones excluded).
    size_t size() const { return m_byId.size(); }
    /// Replaced and removed entries still taking space until the next clear().
    size_t deadCount() const { return m_entries.size() - m_byId.size(); }

    /// Ranked matches for name words (skeleton keys, any order: given and family may be swapped)
    /// and an optional ISO date of birth, restricted to `day` when it is not empty.
    std::vector<Scored> search(const std::vector<std::string> &words, std::string_view birthDate,
        std::string_view day, size_t limit) const;

private:
    struct Stored
    {
        Entry entry;
        std::vector<std::string> phonetics; ///< per word, given words first
        bool dead = false; ///< replaced or removed: its postings are skipped
    };
    double nameScore(const std::vector<std::string> &words, const std::vector<std::string> &phonetics,
        const Stored &stored) const;

    std::vector<Stored> m_entries;
    std::unordered_map<int64_t, uint32_t> m_byId;
    std::unordered_map<uint32_t, std::vector<uint32_t>> m_trigrams;
    std::unordered_map<std::string, std::vector<uint32_t>> m_phonetic;
    std::unordered_map<std::string, std::vector<uint32_t>> m_birthDates;
    mutable std::vector<uint16_t> m_counts; ///< scratch for search(), all zero between calls
    mutable std::vector<uint32_t> m_touched;
};

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
int editDistance(std::string_view a, std::string_view b);

} // namespace checkin::cache
