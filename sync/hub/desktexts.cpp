// deskText: the table generated from sync/hub/i18n/desk_de.ts (desktexts.cmake).
#include "sync/hub/desktexts.h"

#include <string_view>
#include <unordered_map>

namespace checkin::sync {

namespace {

struct Translation
{
    const char *source;
    const char *german; ///< nullptr: unfinished in the .ts file
};

constexpr Translation kGerman[] = {
#include "desktexts_de.inc"
};

} // namespace

DeskLanguage deskLanguage(const std::string &code)
{
    return code == "en" ? DeskLanguage::English : DeskLanguage::German;
}

const char *deskText(DeskLanguage language, const char *english)
{
    if (language == DeskLanguage::English)
        return english;
    static const auto table = [] {
        std::unordered_map<std::string_view, const char *> t;
        for (const auto &entry : kGerman)
            if (entry.german)
                t.emplace(entry.source, entry.german);
        return t;
    }();
    const auto it = table.find(english);
    return it == table.end() ? english : it->second;
}

size_t deskTextsTranslated()
{
    size_t n = 0;
    for (const auto &entry : kGerman)
        n += entry.german != nullptr;
    return n;
}

size_t deskTextsUnfinished()
{
    return std::size(kGerman) - deskTextsTranslated();
}

} // namespace checkin::sync
