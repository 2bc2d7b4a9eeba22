// Folds names to comparable ASCII keys: case, accents, scripts and German spelling variants.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace checkin::cache {

/// Turns a name as written (any script, any case) into a search key, so that Müller, Mueller,
/// MÜLLER and Muller give the same key, Шевченко comes close to Shevchenko, and Straße equals
/// Strasse. Owned by one thread (ICU transliterators are not thread-safe); results are cached
/// because names repeat a lot in a day's appointments.
class NameFolder
{
public:
    NameFolder();
    ~NameFolder();
    NameFolder(const NameFolder &) = delete;
    NameFolder &operator=(const NameFolder &) = delete;

    /// Lower-case ASCII letters, words separated by one space ("Anna-Lena Wiśniewska" ->
    /// "anna lena wisniewska"). Letters only: digits and punctuation go.
    std::string ascii(std::string_view name);

    /// ascii() with spelling variants merged (ae/oe/ue -> a/o/u, sch/sh -> s, ch -> c, ph -> f,
    /// y/j -> i, double letters -> one), the key on which the edit distance is measured.
    std::string key(std::string_view name);

    /// key() split into words.
    std::vector<std::string> words(std::string_view name);

    /// Forgets the cached foldings (they are names): retention calls this after a purge.
    void clearCache() { std::unordered_map<std::string, std::string>().swap(m_asciiCache); }

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
    std::unordered_map<std::string, std::string> m_asciiCache;
};

/// The skeleton of an already ASCII-folded word (see NameFolder::key).
std::string skeleton(std::string_view asciiWord);

} // namespace checkin::cache
