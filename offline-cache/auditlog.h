// The audit log of lookups and overrides: append-only, without personal search terms.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace checkin::cache {

class Database;
class Outbox;

enum class AuditAction {
    Lookup = 0, ///< staff searched by name / date of birth
    Override = 1, ///< staff admitted against the rules' verdict
    Annulment = 2, ///< staff annulled a check-in
    ClearingCase = 3, ///< staff opened a clearing case
    ManualCheckIn = 4, ///< staff checked someone in without a code
};

enum class AuditOutcome {
    Done = 0, ///< the action took effect (lookup: something was found)
    NoMatch = 1, ///< a lookup found nothing
    Refused = 2, ///< the store or the rules refused it
};

struct AuditEntry
{
    std::string id; ///< time-ordered; filled in when empty
    int64_t atMs = 0;
    std::string kioskId;
    std::string operatorId;
    AuditAction action = AuditAction::Lookup;
    AuditOutcome outcome = AuditOutcome::Done;
    /// A reference, never what was typed: "appointment:123", "checkin:<id>", "case:<id>", or empty.
    std::string subject;
};

/// Appends entries and queues each for the hub, on the store's thread.
///
/// Invariant: entries are never updated (a trigger refuses UPDATE); only retention deletes them.
class AuditLog
{
public:
    AuditLog(Database &db, Outbox &outbox);

    Result<AuditEntry> append(AuditEntry entry);
    /// Entries at or after sinceMs, oldest first, at most `limit`.
    Result<std::vector<AuditEntry>> entries(int64_t sinceMs = 0, size_t limit = 1000);

private:
    Database &m_db;
    Outbox &m_outbox;
};

} // namespace checkin::cache
