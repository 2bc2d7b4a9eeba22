// Dates of birth as people write them: 29.11.1950, 29/11/1950, 1950-11-29, 291150.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace checkin::cache {

/// The ISO 8601 date ("1950-11-29") of a date of birth written as d.m.yyyy, d/m/yyyy, d-m-yyyy,
/// d.m.yy, yyyy-mm-dd, ddmmyyyy or ddmmyy (day first: the German and Turkish order), or nullopt
/// when it is not a real date. A two-digit year is the latest year not after `currentYear`; with
/// currentYear 0 (unknown) two-digit years are refused.
std::optional<std::string> parseBirthDate(std::string_view text, int currentYear);

} // namespace checkin::cache
