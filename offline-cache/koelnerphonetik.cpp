// Kölner Phonetik after Postel's table: letters to digits by their neighbours, then collapsed.
#include "offline-cache/koelnerphonetik.h"

namespace checkin::cache {

namespace {

bool in(char c, std::string_view set)
{
    return c != '\0' && set.find(c) != std::string_view::npos;
}

} // namespace

std::string koelnerPhonetik(std::string_view word)
{
    std::string letters;
    for (const char c : word)
        if (c >= 'a' && c <= 'z')
            letters += c;
    std::string raw;
    for (size_t i = 0; i < letters.size(); ++i) {
        const char c = letters[i];
        const char prev = i > 0 ? letters[i - 1] : '\0';
        const char next = i + 1 < letters.size() ? letters[i + 1] : '\0';
        switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'j':
        case 'o':
        case 'u':
        case 'y':
            raw += '0';
            break;
        case 'h':
            break;
        case 'b':
            raw += '1';
            break;
        case 'p':
            raw += next == 'h' ? '3' : '1';
            break;
        case 'd':
        case 't':
            raw += in(next, "csz") ? '8' : '2';
            break;
        case 'f':
        case 'v':
        case 'w':
            raw += '3';
            break;
        case 'g':
        case 'k':
        case 'q':
            raw += '4';
            break;
        case 'c':
            if (i == 0)
                raw += in(next, "ahkloqrux") ? '4' : '8';
            else
                raw += in(next, "ahkoqux") && !in(prev, "sz") ? '4' : '8';
            break;
        case 'x':
            raw += in(prev, "ckq") ? "8" : "48";
            break;
        case 'l':
            raw += '5';
            break;
        case 'm':
        case 'n':
            raw += '6';
            break;
        case 'r':
            raw += '7';
            break;
        case 's':
        case 'z':
            raw += '8';
            break;
        default:
            break;
        }
    }
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (i > 0 && raw[i] == raw[i - 1])
            continue;
        if (raw[i] == '0' && !out.empty())
            continue;
        out += raw[i];
    }
    return out;
}

} // namespace checkin::cache
