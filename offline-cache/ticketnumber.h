// Clearing ticket numbers: the characters a person reads out on the phone, with a check character.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace checkin::cache {

/// Why a typed ticket number was not taken.
enum class TicketProblem {
    Length, ///< not 10 ticket characters (after dropping "K", spaces and dashes)
    Character, ///< a character no ticket has
    Check, ///< the check character does not match: a character was misheard or swapped
};

/// The ticket of a clearing case, "K-" then two groups of five: nine characters of the case id's
/// random part (45 bits, Crockford's base 32: no I, L, O, U) and a Luhn mod 32 check character
/// that catches every single wrong character and nearly every swap of two neighbours (not 0 with Z). The one
/// definition the kiosk prints and the hub lists and searches. `caseId` is a UUID (ids.h).
std::string ticketNumber(std::string_view caseId);

/// The canonical ticket ("K-7F3QM-9ZC2X") of what someone typed or heard: case-insensitive, with or
/// without "K-", spaces and dashes, O read as 0 and I or L as 1.
tl::expected<std::string, TicketProblem> parseTicketNumber(std::string_view typed);

/// The canonical ticket when `text` is meant as one: it reads as a ticket and starts with "K-"
/// (any case) or holds a digit, so that a ten-letter name typed into a search is never taken for
/// a ticket. The one test the kiosk's scan and search use (the staff search also takes a
/// letters-only ticket that the desk resolved, before it searches by name).
std::optional<std::string> asTicketNumber(std::string_view text);

} // namespace checkin::cache
