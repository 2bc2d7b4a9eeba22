// findCases / findAppointments over the kiosk's name index, and the desk's refusal texts.
#include "sync/hub/clearingdesk.h"

#include "offline-cache/birthdate.h"
#include "offline-cache/namefold.h"
#include "offline-cache/nameindex.h"
#include "offline-cache/ticketnumber.h"

#include <chrono>

namespace checkin::sync {

std::string refusalText(DeskRefusal refusal, DeskLanguage language)
{
    switch (refusal) {
    case DeskRefusal::NoSuchCase:
        //: a case link or form named a case the hub does not have.
        return deskText(language, QT_TRANSLATE_NOOP("Desk", "There is no such clearing case."));
    case DeskRefusal::CaseClosed:
        //: an action on a case that was already resolved.
        return deskText(
            language, QT_TRANSLATE_NOOP("Desk", "This case is already closed and cannot be changed."));
    case DeskRefusal::NoSuchAppointment:
        //: the appointment chosen for a case does not exist (any more).
        return deskText(language,
            QT_TRANSLATE_NOOP(
                "Desk", "There is no such appointment. Please choose the appointment from the search."));
    case DeskRefusal::OtherCenter:
        //: the appointment is at another vaccination center than the case.
        return deskText(language,
            QT_TRANSLATE_NOOP(
                "Desk", "The appointment belongs to another vaccination center than the case."));
    case DeskRefusal::BadDay:
        //: the walk-in day field does not hold a date.
        return deskText(language, QT_TRANSLATE_NOOP("Desk", "The day is not a valid date."));
    case DeskRefusal::DayOutOfRange:
        //: walk-ins can be admitted from today up to two weeks ahead.
        return deskText(language,
            QT_TRANSLATE_NOOP("Desk", "A walk-in can only be admitted from today up to 14 days ahead."));
    case DeskRefusal::NoCapacity:
        //: the day's walk-in places of the center are taken.
        return deskText(language, QT_TRANSLATE_NOOP("Desk", "There are no walk-in places left on that day."));
    case DeskRefusal::ResolutionRequired:
        //: every resolution needs a short text saying what was done.
        return deskText(language, QT_TRANSLATE_NOOP("Desk", "Please describe how the case was resolved."));
    case DeskRefusal::TicketLength:
        //: a ticket has ten characters after "K-".
        return deskText(language,
            QT_TRANSLATE_NOOP(
                "Desk", "A ticket number has ten characters after \"K-\", for example K-7F3QM-9ZC2X."));
    case DeskRefusal::TicketCharacter:
        //: the ticket holds a character no ticket has.
        return deskText(language,
            QT_TRANSLATE_NOOP(
                "Desk", "The ticket number holds a character tickets do not have. Please ask again."));
    case DeskRefusal::TicketCheck:
        //: the check character caught a misheard or swapped character.
        return deskText(language,
            QT_TRANSLATE_NOOP("Desk",
                "The ticket number is not right: a character was misheard or swapped. Please ask for it "
                "again, character by character."));
    case DeskRefusal::BadBirthDate:
        //: the date of birth searched for is not a date.
        return deskText(language,
            QT_TRANSLATE_NOOP("Desk", "The date of birth is not a valid date (for example 29.11.1950)."));
    case DeskRefusal::EmptySearch:
        //: the search was sent with every field empty.
        return deskText(
            language, QT_TRANSLATE_NOOP("Desk", "Please enter a ticket number, a name or a date of birth."));
    case DeskRefusal::AppointmentCancelled:
        //: the chosen appointment was cancelled; a case cannot be attached to it.
        return deskText(language,
            QT_TRANSLATE_NOOP(
                "Desk", "This appointment is cancelled. Please choose another one or admit as a walk-in."));
    case DeskRefusal::FamilyNameMissing:
        //: a new case needs the family name.
        return deskText(
            language, QT_TRANSLATE_NOOP("Desk", "Please enter the family name (at least two letters)."));
    case DeskRefusal::TooLong:
        //: a field of a new case is longer than the desk keeps.
        return deskText(
            language, QT_TRANSLATE_NOOP("Desk", "An entry is too long (500 characters at most)."));
    case DeskRefusal::NoSuchCenter:
        //: the chosen vaccination center is not known to the hub.
        return deskText(language, QT_TRANSLATE_NOOP("Desk", "This vaccination center is not known."));
    case DeskRefusal::StoreFailed:
        //: the hub's database failed; nothing was changed.
        return deskText(language,
            QT_TRANSLATE_NOOP("Desk", "That could not be saved or read just now. Please try again."));
    }
    return {};
}

int refusalStatus(DeskRefusal refusal)
{
    switch (refusal) {
    case DeskRefusal::NoSuchCase:
        return 404;
    case DeskRefusal::StoreFailed:
        return 500;
    case DeskRefusal::CaseClosed:
    case DeskRefusal::NoCapacity:
        return 409;
    default:
        return 400;
    }
}

namespace {

struct Person
{
    std::string given;
    std::string family;
    std::string birthDate;
};

/// Indexes of `people` matching the name and date of birth of `query`, best first.
tl::expected<std::vector<size_t>, DeskRefusal> match(
    const std::vector<Person> &people, const DeskQuery &query, cache::NameFolder &folder, int currentYear)
{
    std::string birth;
    if (!query.birthDate.empty()) {
        auto parsed = cache::parseBirthDate(query.birthDate, currentYear);
        if (!parsed)
            return tl::unexpected(DeskRefusal::BadBirthDate);
        birth = *parsed;
    }
    std::vector<size_t> out;
    if (query.name.empty()) {
        for (size_t i = 0; i < people.size(); ++i)
            if (birth.empty() || people[i].birthDate == birth)
                out.push_back(i);
        return out;
    }
    cache::NameIndex index;
    for (size_t i = 0; i < people.size(); ++i)
        index.add({static_cast<int64_t>(i), {}, people[i].birthDate, folder.words(people[i].given),
            folder.words(people[i].family)});
    for (const auto &hit : index.search(folder.words(query.name), birth, {}, 50))
        if (birth.empty() || people[static_cast<size_t>(hit.appointmentId)].birthDate == birth)
            out.push_back(static_cast<size_t>(hit.appointmentId));
    return out;
}

} // namespace

tl::expected<std::vector<ClearingCase>, DeskRefusal> findCases(const std::vector<ClearingCase> &cases,
    const DeskQuery &query, cache::NameFolder &folder, int currentYear)
{
    if (query.empty())
        return tl::unexpected(DeskRefusal::EmptySearch);
    std::vector<ClearingCase> pool;
    if (!query.ticket.empty()) {
        auto ticket = cache::parseTicketNumber(query.ticket);
        if (!ticket) {
            switch (ticket.error()) {
            case cache::TicketProblem::Length:
                return tl::unexpected(DeskRefusal::TicketLength);
            case cache::TicketProblem::Character:
                return tl::unexpected(DeskRefusal::TicketCharacter);
            case cache::TicketProblem::Check:
                return tl::unexpected(DeskRefusal::TicketCheck);
            }
        }
        for (const auto &c : cases)
            if (c.ticket == *ticket)
                pool.push_back(c);
    } else {
        pool = cases;
    }
    if (query.name.empty() && query.birthDate.empty())
        return pool;
    std::vector<Person> people;
    people.reserve(pool.size());
    for (const auto &c : pool)
        people.push_back({c.givenName, c.familyName, c.birthDate});
    auto hits = match(people, query, folder, currentYear);
    if (!hits)
        return tl::unexpected(hits.error());
    std::vector<ClearingCase> out;
    for (const size_t i : *hits)
        out.push_back(pool[i]);
    return out;
}

tl::expected<std::vector<cache::Appointment>, DeskRefusal> findAppointments(
    const std::vector<cache::Appointment> &appointments, const DeskQuery &query, cache::NameFolder &folder,
    int currentYear)
{
    if (query.name.empty() && query.birthDate.empty())
        return tl::unexpected(DeskRefusal::EmptySearch);
    std::vector<Person> people;
    people.reserve(appointments.size());
    for (const auto &a : appointments)
        people.push_back({a.givenName, a.familyName, a.birthDate});
    auto hits = match(people, query, folder, currentYear);
    if (!hits)
        return tl::unexpected(hits.error());
    std::vector<cache::Appointment> out;
    for (const size_t i : *hits)
        out.push_back(appointments[i]);
    return out;
}

namespace {

std::optional<std::chrono::sys_days> isoDay(const std::string &day)
{
    if (day.size() != 10 || day[4] != '-' || day[7] != '-')
        return std::nullopt;
    for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (day[i] < '0' || day[i] > '9')
            return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(std::stoi(day.substr(0, 4))),
        std::chrono::month(static_cast<unsigned>(std::stoi(day.substr(5, 2)))),
        std::chrono::day(static_cast<unsigned>(std::stoi(day.substr(8, 2))))};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days(ymd);
}

} // namespace

std::optional<DeskRefusal> checkWalkInDay(const std::string &day, const std::string &today)
{
    const auto d = isoDay(day);
    const auto t = isoDay(today);
    if (!d || !t)
        return DeskRefusal::BadDay;
    if (*d < *t || *d > *t + std::chrono::days(14))
        return DeskRefusal::DayOutOfRange;
    return std::nullopt;
}

std::string addDays(const std::string &day, int days)
{
    const auto d = isoDay(day);
    if (!d)
        return day;
    const std::chrono::year_month_day ymd(*d + std::chrono::days(days));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

} // namespace checkin::sync
