// The offline store: the day's appointments and every check-in, in one SQLite file.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/checkin.h"
#include "offline-cache/database.h"
#include "offline-cache/error.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace checkin::cache {

class Database;

/// The kiosk's store. Not thread-safe: it lives on the terminal's "store" thread (or a CLI's
/// main thread); the GUI reaches it only through the terminal's StoreService facade.
class Store
{
public:
    struct Options
    {
        Database::Durability durability = Database::Durability::Full;
    };

    static Result<std::unique_ptr<Store>> open(const std::string &path, Options options);
    static Result<std::unique_ptr<Store>> open(const std::string &path) { return open(path, Options{}); }
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Inserts or replaces appointments (by id) in one transaction. `code` texts of the booking
    /// codes are stored only as digests.
    struct Import
    {
        Appointment appointment;
        std::string code; ///< the code as printed/scanned, may be empty
    };
    Result<void> upsertAppointments(std::span<const Import> rows);

    Result<std::optional<Appointment>> findByCode(std::string_view code);
    Result<std::optional<Appointment>> findByBookingRef(std::string_view bookingRef);
    Result<std::optional<Appointment>> findById(int64_t id);
    Result<int64_t> appointmentCount();

    /// The latest admitting check-in of an appointment, if any (outcome given by the caller's
    /// convention: only rows with `admitted` set count).
    Result<std::optional<CheckIn>> admittedCheckIn(int64_t appointmentId);

    /// Commits a check-in durably (synchronous=FULL) before returning. Fills in `id` when empty.
    /// `admitted` marks the rows that let someone in; the store refuses a second admitting row for
    /// one appointment with ErrorKind::Invalid.
    Result<CheckIn> recordCheckIn(CheckIn checkIn, bool admitted);
    Result<std::vector<CheckIn>> checkIns();

    Database &database();

private:
    explicit Store(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace checkin::cache
