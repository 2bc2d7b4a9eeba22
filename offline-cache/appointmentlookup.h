// Finding a booking without its code: by name and date of birth, forgiving of how it was typed.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/error.h"
#include "offline-cache/nameindex.h"

#include <string>
#include <vector>

namespace checkin::cache {

class AppointmentRepository;
class Database;
class NameFolder;

struct LookupQuery
{
    /// One or more name parts in any order and script: "Müller Anna", "anna mueller", "Шевченко".
    /// A booking reference ("SB1-4K7T-93QX") is found exactly.
    std::string name;
    /// Optional, as written: 29.11.1950, 29/11/1950, 1950-11-29, 291150.
    std::string birthDate;
    /// Only appointments of this ISO day when set (the entrance looks at today).
    std::string day;
    /// The year two-digit birth years are read against; taken from `day` when 0.
    int referenceYear = 0;
    size_t limit = 10;
};

struct LookupHit
{
    Appointment appointment;
    double score = 0; ///< 0..1, best first; 1 = exact
};

/// Ranked lookup for staff screens and on-site resolution, on the store's thread. Names are
/// compared case-, accent- and script-insensitively (NameFolder), with typos (edit distance over
/// trigram candidates) and German sound-alikes (Kölner Phonetik). The index is in memory, built
/// from the table's folded keys on first use; small writes (a sync delta) update it row by row,
/// large ones (a day's import) rebuild it.
class AppointmentLookup
{
public:
    AppointmentLookup(Database &db, AppointmentRepository &appointments, NameFolder &folder);

    /// Hits best first. A date of birth that is not a date, or a query with neither name nor date,
    /// is refused with ErrorKind::Invalid (the message names the field).
    Result<std::vector<LookupHit>> find(const LookupQuery &query);

    /// Forces a rebuild on the next find (after a purge rewrote rows behind the repository's back).
    void invalidate() { m_built = false; }

private:
    Result<void> rebuildIfStale();
    Result<void> rebuild();
    Result<void> refresh(const std::vector<int64_t> &ids);

    Database &m_db;
    AppointmentRepository &m_appointments;
    NameFolder &m_folder;
    NameIndex m_index;
    bool m_built = false;
};

} // namespace checkin::cache
