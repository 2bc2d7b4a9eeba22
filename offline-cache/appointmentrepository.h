// The appointments table: import from the hub with versions, exact finds, folded name keys.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace checkin::cache {

class Database;
class NameFolder;

/// Appointments as synced from the hub. Lives on the store's thread.
///
/// Invariants:
/// 1. A row is only ever replaced by a row with the same or a higher version.
/// 2. A deletion leaves a tombstone with its version: an upsert at or below it is ignored, so a
///    late, older page of a sync cannot bring a cancelled appointment back.
/// 3. Booking codes are stored only as digests (codeDigest()).
class AppointmentRepository
{
public:
    AppointmentRepository(Database &db, NameFolder &folder);

    struct Import
    {
        Appointment appointment;
        std::string code; ///< the code as printed/scanned, may be empty
    };
    struct Deletion
    {
        int64_t id = 0;
        int64_t version = 0; ///< the hub's version of the deletion
    };

    /// Inserts or updates rows in one transaction; rows older than what is stored are skipped.
    /// Returns how many rows were written.
    Result<int64_t> upsert(std::span<const Import> rows);
    /// Deletes rows in one transaction (keeping tombstones); returns how many were deleted.
    Result<int64_t> remove(std::span<const Deletion> rows);

    Result<std::optional<Appointment>> findByCode(std::string_view code);
    Result<std::optional<Appointment>> findByBookingRef(std::string_view bookingRef);
    Result<std::optional<Appointment>> findById(int64_t id);
    Result<int64_t> count();

    /// The ids written or deleted since the last call (possibly rolled back: re-read them), so an
    /// in-memory index can follow small changes without a rebuild. `overflowed` means too many to
    /// keep track of: rebuild.
    struct Changes
    {
        std::vector<int64_t> ids;
        bool overflowed = false;
    };
    Changes takeChanges() { return std::exchange(m_changes, {}); }

private:
    Result<std::optional<Appointment>> findOne(std::string_view where, auto bindFn);

    Database &m_db;
    NameFolder &m_folder;
    void noteChange(int64_t id);
    Changes m_changes;
};

/// The columns readAppointment() expects, in order.
extern const std::string_view kAppointmentColumns;
class Statement;
Appointment readAppointment(const Statement &s);

} // namespace checkin::cache
