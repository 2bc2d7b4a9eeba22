// JSON parsed with a depth limit, so that nothing the hub stores or re-serialises can nest deeper.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace checkin::sync {

/// The deepest nesting any hub message needs, with room to spare.
inline constexpr int kMaxJsonDepth = 32;

/// Parses `text`; a discarded value when it is not JSON or nests deeper than `maxDepth`. nlohmann
/// parses without recursion, but dump() and comparisons recurse: the limit keeps them bounded.
inline nlohmann::json parseBoundedJson(std::string_view text, int maxDepth = kMaxJsonDepth)
{
    int depth = 0;
    bool tooDeep = false;
    auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json &) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::object_start || event == E::array_start) {
            if (++depth > maxDepth)
                tooDeep = true;
        } else if (event == E::object_end || event == E::array_end) {
            --depth;
        }
        return !tooDeep;
    };
    auto doc = nlohmann::json::parse(text, callback, false);
    if (tooDeep)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return doc;
}

} // namespace checkin::sync
