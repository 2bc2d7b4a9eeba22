// ticketNumber / parseTicketNumber: Crockford base 32 with a Luhn mod 32 check character.
#include "offline-cache/ticketnumber.h"

#include <cstdint>

namespace checkin::cache {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr size_t kDataChars = 9;

int valueOf(char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    // Read-aloud confusions: the alphabet has no O, I or L, so they can only mean 0 and 1.
    if (c == 'O')
        c = '0';
    else if (c == 'I' || c == 'L')
        c = '1';
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

/// Luhn mod N (N = 32) over the data characters' values.
char checkCharacter(std::string_view data)
{
    int sum = 0;
    bool doubled = true; // the rightmost data character is doubled
    for (auto it = data.rbegin(); it != data.rend(); ++it) {
        int v = valueOf(*it);
        if (doubled) {
            v *= 2;
            v = v / 32 + v % 32;
        }
        sum += v;
        doubled = !doubled;
    }
    return kAlphabet[static_cast<size_t>((32 - sum % 32) % 32)];
}

std::string formatted(std::string_view data, char check)
{
    return "K-" + std::string(data.substr(0, 5)) + "-" + std::string(data.substr(5)) + check;
}

} // namespace

std::string ticketNumber(std::string_view caseId)
{
    // The last hex digits of a UUIDv7 are random; 12 of them give 48 bits, of which 45 are used.
    uint64_t bits = 0;
    int taken = 0;
    for (auto it = caseId.rbegin(); it != caseId.rend() && taken < 12; ++it) {
        const char c = *it;
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0)
            continue;
        bits |= static_cast<uint64_t>(v) << (4 * taken);
        ++taken;
    }
    std::string data(kDataChars, '0');
    for (size_t i = kDataChars; i-- > 0;) {
        data[i] = kAlphabet[bits & 31U];
        bits >>= 5;
    }
    return formatted(data, checkCharacter(data));
}

tl::expected<std::string, TicketProblem> parseTicketNumber(std::string_view typed)
{
    std::string chars;
    for (const char c : typed)
        if (c != ' ' && c != '-' && c != '\t')
            chars += c;
    if (chars.size() == kDataChars + 2 && (chars[0] == 'K' || chars[0] == 'k'))
        chars.erase(0, 1);
    if (chars.size() != kDataChars + 1)
        return tl::unexpected(TicketProblem::Length);
    std::string canonical;
    for (const char c : chars) {
        const int v = valueOf(c);
        if (v < 0)
            return tl::unexpected(TicketProblem::Character);
        canonical += kAlphabet[static_cast<size_t>(v)];
    }
    const std::string_view data = std::string_view(canonical).substr(0, kDataChars);
    if (checkCharacter(data) != canonical.back())
        return tl::unexpected(TicketProblem::Check);
    return formatted(data, canonical.back());
}

std::optional<std::string> asTicketNumber(std::string_view text)
{
    size_t start = 0;
    while (start < text.size() && text[start] == ' ')
        ++start;
    text.remove_prefix(start);
    const bool prefixed = text.size() >= 2 && (text[0] == 'K' || text[0] == 'k') && text[1] == '-';
    bool digit = false;
    for (const char c : text)
        digit = digit || (c >= '0' && c <= '9');
    if (!prefixed && !digit)
        return std::nullopt;
    auto ticket = parseTicketNumber(text);
    if (!ticket)
        return std::nullopt;
    return *ticket;
}

} // namespace checkin::cache
