// AppointmentLookup: query folding and date parsing in front of NameIndex, rows fetched by id.
#include "offline-cache/appointmentlookup.h"

#include "offline-cache/appointmentrepository.h"
#include "offline-cache/birthdate.h"
#include "offline-cache/database.h"
#include "offline-cache/namefold.h"

#include <cctype>

namespace checkin::cache {

namespace {

std::vector<std::string> split(const std::string &key)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start < key.size()) {
        size_t end = key.find(' ', start);
        if (end == std::string::npos)
            end = key.size();
        if (end > start)
            out.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string trimmedUpper(std::string_view s)
{
    std::string out;
    for (const char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

AppointmentLookup::AppointmentLookup(Database &db, AppointmentRepository &appointments, NameFolder &folder)
    : m_db(db)
    , m_appointments(appointments)
    , m_folder(folder)
{ }

Result<void> AppointmentLookup::rebuildIfStale()
{
    if (m_builtGeneration == m_appointments.generation())
        return {};
    m_index.clear();
    auto stmt = m_db.prepare("SELECT id, day, birth_date, given_key, family_key FROM appointments "
                             "WHERE family_key IS NOT NULL OR given_key IS NOT NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        NameIndex::Entry e;
        e.appointmentId = stmt->int64(0);
        e.day = stmt->text(1);
        e.birthDate = stmt->text(2);
        e.givenWords = split(stmt->text(3));
        e.familyWords = split(stmt->text(4));
        m_index.add(std::move(e));
    }
    m_builtGeneration = m_appointments.generation();
    return {};
}

Result<std::vector<LookupHit>> AppointmentLookup::find(const LookupQuery &query)
{
    std::vector<LookupHit> hits;
    if (!query.name.empty() && query.birthDate.empty()) {
        auto exact = m_appointments.findByBookingRef(trimmedUpper(query.name));
        if (!exact)
            return tl::unexpected(exact.error());
        if (*exact && (query.day.empty() || (*exact)->day == query.day)) {
            hits.push_back({**exact, 1.0});
            return hits;
        }
    }
    std::string birth;
    if (!query.birthDate.empty()) {
        int year = query.referenceYear;
        if (year == 0 && query.day.size() >= 4)
            year = std::stoi(query.day.substr(0, 4));
        auto parsed = parseBirthDate(query.birthDate, year);
        if (!parsed)
            return tl::unexpected(Error{ErrorKind::Invalid, "birth_date: not a date: " + query.birthDate});
        birth = *parsed;
    }
    const std::vector<std::string> words = m_folder.words(query.name);
    if (words.empty() && birth.empty())
        return tl::unexpected(Error{ErrorKind::Invalid, "name: enter a name or a date of birth"});
    if (auto ok = rebuildIfStale(); !ok)
        return tl::unexpected(ok.error());
    for (const auto &scored : m_index.search(words, birth, query.day, query.limit)) {
        auto a = m_appointments.findById(scored.appointmentId);
        if (!a)
            return tl::unexpected(a.error());
        if (*a)
            hits.push_back({**a, scored.score});
    }
    return hits;
}

} // namespace checkin::cache
