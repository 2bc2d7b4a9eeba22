// Legacy shape matching: a tiny fixed-width pattern language, so hostile input cannot cost more
// than one pass over at most 40 characters (no regex engine, no backtracking).
#include "terminal/core/policy.h"

namespace checkin::core {

bool matchesLegacyShape(const Policy &policy, std::string_view text)
{
    auto matches = [&](const std::string &shape) {
        if (shape.size() != text.size())
            return false;
        for (size_t i = 0; i < shape.size(); ++i) {
            const char c = text[i];
            const bool letter = c >= 'A' && c <= 'Z';
            const bool digit = c >= '0' && c <= '9';
            switch (shape[i]) {
            case 'X':
                if (!letter && !digit)
                    return false;
                break;
            case 'A':
                if (!letter)
                    return false;
                break;
            case '9':
                if (!digit)
                    return false;
                break;
            default:
                if (c != shape[i])
                    return false;
            }
        }
        return true;
    };
    for (const auto &shape : policy.legacyShapes)
        if (matches(shape))
            return true;
    return false;
}

} // namespace checkin::core
