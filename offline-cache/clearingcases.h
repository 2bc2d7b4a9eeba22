// Clearing cases: people the entrance could not resolve, handed to the central office.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace checkin::cache {

class Database;
class Outbox;

enum class ClearingStatus { Open = 0, Synced = 1 };

struct ClearingCase
{
    std::string id; ///< time-ordered; filled in when empty; also the outbox idempotency key
    int64_t openedAtMs = 0;
    std::string kioskId;
    std::string operatorId;
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< ISO 8601 when it could be parsed, else as given
    std::string contact; ///< what the person chose to give (phone or e-mail), may be empty
    std::string account; ///< what they say happened ("booked online, never got a code")
    ClearingStatus status = ClearingStatus::Open;
};

/// Why the details of a new case were not taken (the one rule for the staff kiosk and the desk).
enum class CaseDetailsProblem {
    FamilyNameMissing, ///< fewer than two letters
    BirthDateInvalid, ///< not a real date, or after `today`
    TooLong, ///< a field of more than kMaxCaseField bytes
};
inline constexpr size_t kMaxCaseField = 500;

/// Checks what staff typed for a new case; on success `isoBirthDate` holds the date of birth as
/// ISO 8601. `today` is the ISO date in the center's zone (two-digit years read against it).
std::optional<CaseDetailsProblem> checkCaseDetails(const std::string &givenName,
    const std::string &familyName, const std::string &birthDate, const std::string &contact,
    const std::string &account, const std::string &today, std::string &isoBirthDate);

/// Opens cases and queues them for the hub, on the store's thread. A case turns Synced when the
/// hub acknowledged its outbox item (Outbox::markDone).
class ClearingCases
{
public:
    ClearingCases(Database &db, Outbox &outbox);

    Result<ClearingCase> open(ClearingCase entry);
    /// Cases oldest first; only those with `status` when given.
    Result<std::vector<ClearingCase>> list(std::optional<ClearingStatus> status = std::nullopt);

private:
    Database &m_db;
    Outbox &m_outbox;
};

} // namespace checkin::cache
