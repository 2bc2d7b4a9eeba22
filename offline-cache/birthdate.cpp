// parseBirthDate: split into digit groups, decide the order by the groups' lengths, validate.
#include "offline-cache/birthdate.h"

#include <cstdio>
#include <vector>

namespace checkin::cache {

namespace {

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysIn(int month, int year)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

int toInt(std::string_view digits)
{
    int v = 0;
    for (const char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

int expandYear(int twoDigits, int currentYear)
{
    if (currentYear <= 0)
        return 0; // no reference year: a two-digit year is ambiguous
    const int century = currentYear / 100 * 100;
    const int year = century + twoDigits;
    return year > currentYear ? year - 100 : year;
}

} // namespace

std::optional<std::string> parseBirthDate(std::string_view text, int currentYear)
{
    std::vector<std::string_view> groups;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            size_t j = i;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9')
                ++j;
            groups.push_back(text.substr(i, j - i));
            i = j;
        } else if (c == '.' || c == '/' || c == '-' || c == ' ') {
            ++i;
        } else {
            return std::nullopt;
        }
    }
    int day = 0;
    int month = 0;
    int year = 0;
    if (groups.size() == 1 && (groups[0].size() == 6 || groups[0].size() == 8)) {
        const auto g = groups[0];
        day = toInt(g.substr(0, 2));
        month = toInt(g.substr(2, 2));
        year = g.size() == 8 ? toInt(g.substr(4)) : expandYear(toInt(g.substr(4)), currentYear);
    } else if (groups.size() == 3 && groups[0].size() == 4 && groups[1].size() <= 2
        && groups[2].size() <= 2) {
        year = toInt(groups[0]);
        month = toInt(groups[1]);
        day = toInt(groups[2]);
    } else if (groups.size() == 3 && groups[0].size() <= 2 && groups[1].size() <= 2
        && (groups[2].size() == 4 || groups[2].size() == 2)) {
        day = toInt(groups[0]);
        month = toInt(groups[1]);
        year = groups[2].size() == 4 ? toInt(groups[2]) : expandYear(toInt(groups[2]), currentYear);
    } else {
        return std::nullopt;
    }
    if (year < 1880 || (currentYear > 0 && year > currentYear) || month < 1 || month > 12 || day < 1
        || day > daysIn(month, year))
        return std::nullopt;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return std::string(out);
}

} // namespace checkin::cache
