// ClearingCases: inserts with their outbox items.
#include "offline-cache/clearingcases.h"

#include "offline-cache/birthdate.h"
#include "offline-cache/database.h"
#include "offline-cache/ids.h"
#include "offline-cache/outbox.h"

#include <cctype>
#include <cstdlib>

namespace checkin::cache {

ClearingCases::ClearingCases(Database &db, Outbox &outbox)
    : m_db(db)
    , m_outbox(outbox)
{ }

std::optional<CaseDetailsProblem> checkCaseDetails(const std::string &givenName,
    const std::string &familyName, const std::string &birthDate, const std::string &contact,
    const std::string &account, const std::string &today, std::string &isoBirthDate)
{
    for (const auto *field : {&givenName, &familyName, &birthDate, &contact, &account})
        if (field->size() > kMaxCaseField)
            return CaseDetailsProblem::TooLong;
    int letters = 0;
    for (const unsigned char c : familyName)
        // A multi-byte UTF-8 letter counts once, by its lead byte: "Ü" alone is not a name, "Öz" is.
        letters += std::isalpha(c) || c >= 0xC0 ? 1 : 0;
    if (letters < 2)
        return CaseDetailsProblem::FamilyNameMissing;
    const int year = today.size() >= 4 ? std::atoi(today.substr(0, 4).c_str()) : 0;
    auto iso = parseBirthDate(birthDate, year);
    // ISO dates compare as text.
    if (!iso || (!today.empty() && *iso > today))
        return CaseDetailsProblem::BirthDateInvalid;
    isoBirthDate = *iso;
    return std::nullopt;
}

Result<ClearingCase> ClearingCases::open(ClearingCase c)
{
    if (c.familyName.empty() && c.givenName.empty())
        return tl::unexpected(Error{ErrorKind::Invalid, "a clearing case needs a name"});
    if (c.id.empty())
        c.id = newTimeOrderedId(c.openedAtMs);
    c.status = ClearingStatus::Open;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto stmt
            = m_db.cached("INSERT INTO clearing_cases (id, opened_at_ms, kiosk_id, operator_id, given_name, "
                          "family_name, birth_date, contact, account, status) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bind(1, c.id).bind(2, c.openedAtMs).bind(3, c.kioskId).bind(4, c.operatorId);
        (*stmt)->bind(5, c.givenName).bind(6, c.familyName).bind(7, c.birthDate).bind(8, c.contact);
        (*stmt)->bind(9, c.account);
        if (auto ok = (*stmt)->run(); !ok)
            return ok;
        return m_outbox.enqueue({c.id, c, 0, 0, c.openedAtMs});
    });
    if (!done)
        return tl::unexpected(done.error());
    return c;
}

Result<std::vector<ClearingCase>> ClearingCases::list(std::optional<ClearingStatus> status)
{
    auto stmt
        = m_db.prepare("SELECT id, opened_at_ms, kiosk_id, operator_id, given_name, family_name, birth_date, "
                       "contact, account, status FROM clearing_cases WHERE ?1 < 0 OR status = ?1 "
                       "ORDER BY id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, status ? static_cast<int64_t>(*status) : int64_t{-1});
    std::vector<ClearingCase> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        ClearingCase c;
        c.id = stmt->text(0);
        c.openedAtMs = stmt->int64(1);
        c.kioskId = stmt->text(2);
        c.operatorId = stmt->text(3);
        c.givenName = stmt->text(4);
        c.familyName = stmt->text(5);
        c.birthDate = stmt->text(6);
        c.contact = stmt->text(7);
        c.account = stmt->text(8);
        c.status = static_cast<ClearingStatus>(stmt->int64(9));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace checkin::cache
