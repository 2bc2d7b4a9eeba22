// Retention: at day rollover, personal data of other days leaves the store, for real.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace checkin::cache {

class Database;
class NameFolder;
class AppointmentLookup;

struct RetentionReport
{
    int64_t appointmentsStripped = 0; ///< rows of other days whose personal columns were cleared
    int64_t appointmentsKept = 0; ///< rows of past days kept personal for unsynced check-ins (grace)
    int64_t clearingCasesDeleted = 0; ///< synced cases of past days
    int64_t checkInsDeleted = 0; ///< synced check-ins of past days
};

/// Applies the retention rules on the store's thread.
///
/// Invariants:
/// 1. Appointments of any day other than `today` keep no personal data: only what is needed to
///    tell someone when and where their appointment is (booking reference, day, slot, center,
///    status).
/// 2. Unsynced check-ins, unsent outbox items and open clearing cases are never deleted. The
///    appointment behind an unsynced check-in of a past day stays personal for a grace period.
/// 3. After purge() returns, what was removed is in neither the database file nor its WAL:
///    secure_delete zeroes freed space, a checkpoint moves the rewritten pages into the file and
///    truncates the WAL, and the in-memory name caches are dropped. (What an SSD's firmware keeps
///    of overwritten blocks is beyond a file's reach; the kiosk's data partition is encrypted.)
class Retention
{
public:
    Retention(Database &db, NameFolder &folder, AppointmentLookup &lookup);

    /// `today` is the center's local ISO date; `nowMs` the Unix time used for the grace period.
    Result<RetentionReport> purge(std::string_view today, int64_t nowMs, int64_t unsyncedGraceMs);

private:
    Database &m_db;
    NameFolder &m_folder;
    AppointmentLookup &m_lookup;
};

} // namespace checkin::cache
