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

namespace {

NameIndex::Entry readEntry(const Statement &s)
{
    NameIndex::Entry e;
    e.appointmentId = s.int64(0);
    e.day = s.text(1);
    e.birthDate = s.text(2);
    e.givenWords = split(s.text(3));
    e.familyWords = split(s.text(4));
    return e;
}

constexpr std::string_view kEntryColumns
    = "SELECT id, day, birth_date, given_key, family_key FROM appointments ";

} // namespace

Result<void> AppointmentLookup::rebuild()
{
    m_index.clear();
    auto stmt
        = m_db.prepare(std::string(kEntryColumns) + "WHERE family_key IS NOT NULL OR given_key IS NOT NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        m_index.add(readEntry(*stmt));
    }
    m_built = true;
    return {};
}

Result<void> AppointmentLookup::refresh(const std::vector<int64_t> &ids)
{
    auto stmt = m_db.cached(std::string(kEntryColumns) + "WHERE id = ?1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (const auto id : ids) {
        (*stmt)->reset();
        (*stmt)->bind(1, id);
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        m_index.remove(id);
        if (*row && !((*stmt)->isNull(3) && (*stmt)->isNull(4)))
            m_index.add(readEntry(**stmt));
    }
    (*stmt)->reset();
    return {};
}

Result<void> AppointmentLookup::rebuildIfStale()
{
    const auto changed = m_appointments.takeChanges();
    // Row by row is cheaper up to about a fifth of the index; a day's import rebuilds.
    if (!m_built || changed.overflowed || changed.ids.size() > m_index.size() / 5 + 100
        || m_index.deadCount() > m_index.size()) {
        if (auto ok = rebuild(); !ok) {
            m_built = false;
            return ok;
        }
        return {};
    }
    if (auto ok = refresh(changed.ids); !ok) {
        m_built = false;
        return ok;
    }
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
