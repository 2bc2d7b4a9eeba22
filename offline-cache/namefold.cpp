// NameFolder: ICU "Any-Latin; Latin-ASCII; Lower" plus spelling-variant merging.
#include "offline-cache/namefold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace checkin::cache {

struct NameFolder::Icu
{
    std::unique_ptr<icu::Transliterator> transliterator;
};

NameFolder::NameFolder()
    : m_icu(std::make_unique<Icu>())
{ }

NameFolder::~NameFolder() = default;

namespace {

bool isAscii(std::string_view s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

/// Keeps letters, turns everything else into single spaces, trims.
std::string lettersOnly(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z') {
            if (space && !out.empty())
                out += ' ';
            space = false;
            out += c;
        } else if (c != '\'') { // O'Brien, Ukrainian soft sign ("asins'kij") stay one word
            space = true;
        }
    }
    return out;
}

} // namespace

std::string NameFolder::ascii(std::string_view name)
{
    if (isAscii(name))
        return lettersOnly(name);
    const std::string input(name);
    if (auto found = m_asciiCache.find(input); found != m_asciiCache.end())
        return found->second;
    if (!m_icu->transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        m_icu->transliterator.reset(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_icu->transliterator.reset();
    }
    std::string folded;
    if (m_icu->transliterator) {
        // German first: ä/ö/ü/ß are written ae/oe/ue/ss by people without the keys; skeleton()
        // merges both spellings with the plain vowel anyway.
        icu::UnicodeString text = icu::UnicodeString::fromUTF8(input);
        m_icu->transliterator->transliterate(text);
        text.toUTF8String(folded);
    } else {
        folded = input; // without ICU data: keep ASCII letters, drop the rest
    }
    std::string out = lettersOnly(folded);
    if (m_asciiCache.size() > 200'000)
        m_asciiCache.clear();
    m_asciiCache.emplace(input, out);
    return out;
}

std::string skeleton(std::string_view w)
{
    std::string out;
    out.reserve(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        const char next = i + 1 < w.size() ? w[i + 1] : '\0';
        const char after = i + 2 < w.size() ? w[i + 2] : '\0';
        char emit = c;
        if ((c == 'a' || c == 'o' || c == 'u') && next == 'e') {
            ++i; // Mueller = Müller = Muller
        } else if (c == 's' && next == 'c' && after == 'h') {
            i += 2; // Schmidt, Ševčenko ("sevcenko") and Shevchenko meet at "s"
        } else if ((c == 's' || c == 'z' || c == 'k') && next == 'h') {
            ++i;
            emit = c == 'k' ? 'h' : c;
        } else if (c == 'c' && next == 'h') {
            ++i;
        } else if (c == 'p' && next == 'h') {
            ++i;
            emit = 'f';
        } else if (c == 't' && next == 'z') {
            ++i;
            emit = 'z';
        } else if (c == 'y' || c == 'j') {
            emit = 'i';
        } else if (c == 'w') {
            emit = 'v';
        }
        if (!out.empty() && out.back() == emit)
            continue; // Schmitt = Schmit, Müller = Muler
        out += emit;
    }
    return out;
}

std::string NameFolder::key(std::string_view name)
{
    std::string out;
    for (const auto &w : words(name)) {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

std::vector<std::string> NameFolder::words(std::string_view name)
{
    const std::string folded = ascii(name);
    std::vector<std::string> out;
    size_t start = 0;
    while (start < folded.size()) {
        size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        if (end > start)
            out.push_back(skeleton(std::string_view(folded).substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

} // namespace checkin::cache
