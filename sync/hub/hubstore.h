// The hub's own SQLite file: appointments with a change sequence, check-ins, cases, keys, kiosks.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/database.h"
#include "offline-cache/error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace checkin::sync {

/// An appointment as the hub keeps it: the cache's fields plus the printed code and its change number.
struct HubAppointment
{
    cache::Appointment appointment;
    std::string code; ///< the signed booking code as printed, may be empty
    int64_t seq = 0; ///< the change sequence number of its last change (the cursor unit)
};

/// An admitting check-in other kiosks must learn about (so they reject a second use of the code).
struct HubAdmission
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId;
    int64_t scannedAtMs = 0;
    int64_t seq = 0;
};

/// One item of a push batch, as the kiosk sent it.
struct PushedCheckIn
{
    std::string id;
    std::optional<int64_t> appointmentId;
    std::string kioskId;
    std::string operatorId;
    int method = 0;
    int outcome = 0;
    int reason = 0;
    bool admitted = false;
    int64_t scannedAtMs = 0;
};

struct PushedCase
{
    std::string id;
    std::string kioskId;
    std::optional<int64_t> appointmentId;
    std::string checkInId;
    std::string kind;
    std::string note;
    int64_t createdAtMs = 0;
    std::string person; ///< name, birth date and contact as the person gave them
};

struct PushedAudit
{
    std::string id;
    std::string kioskId;
    int64_t atMs = 0;
    std::string action;
    std::string detail;
};

enum class PushResult { Accepted, Duplicate, Conflict };
const char *pushResultName(PushResult result);

/// The hub's answer for one pushed item. For a conflict, who admitted the appointment first.
struct PushAnswer
{
    std::string id;
    PushResult result = PushResult::Accepted;
    std::string firstCheckInId;
    std::string firstKioskId;
    int64_t firstScannedAtMs = 0;
};

/// A page of the change feed: appointments and admissions with seq > cursor, in seq order.
struct ChangePage
{
    std::vector<HubAppointment> appointments;
    std::vector<HubAdmission> admissions;
    int64_t nextCursor = 0; ///< the highest seq in this page (or the request's cursor when empty)
    bool hasMore = false;
};

struct ClearingCase
{
    std::string id;
    std::string kioskId;
    std::optional<int64_t> appointmentId;
    std::string checkInId;
    std::string kind;
    std::string note;
    int64_t createdAtMs = 0;
    std::string person;
    std::string state; ///< "open" or "closed"
    std::string resolution; ///< empty, "attached", "walk-in", or the help desk's text
};

/// A check-in the hub did not admit because another kiosk admitted the appointment first.
struct Conflict
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId;
    int64_t scannedAtMs = 0;
    std::string firstCheckInId;
    std::string firstKioskId;
    int64_t firstScannedAtMs = 0;
};

/// Lives on whichever thread holds the HubServer's store mutex; not thread-safe by itself.
///
/// Invariants:
/// 1. Every change to an appointment or a new admission takes the next value of one counter
///    (meta.seq), so "seq > cursor" is a complete delta and pages in seq order never skip a change.
/// 2. A check-in id is stored at most once; a second push of it is answered "duplicate".
/// 3. At most one accepted admitting check-in per appointment; later ones are stored as conflicts.
class HubStore
{
public:
    static cache::Result<std::unique_ptr<HubStore>> open(const std::string &path);
    ~HubStore();

    cache::Result<void> upsertAppointments(const std::vector<HubAppointment> &rows);
    cache::Result<ChangePage> changes(const std::string &centerId, const std::string &fromDay,
        const std::string &toDay, int64_t cursor, int limit);
    cache::Result<int64_t> latestSeq();

    cache::Result<PushAnswer> pushCheckIn(const PushedCheckIn &item, int64_t receivedAtMs);
    cache::Result<PushAnswer> pushCase(const PushedCase &item);
    cache::Result<PushAnswer> pushAudit(const PushedAudit &item);
    /// An annulled admission no longer blocks the appointment (and is no longer "accepted").
    cache::Result<void> annulCheckIn(const std::string &checkInId);
    /// A kiosk confirmed a pending booking attempt on site: the appointment becomes confirmed (a new
    /// version, so every kiosk's next delta carries it). An appointment not pending is left alone.
    cache::Result<void> confirmAppointment(int64_t appointmentId);
    /// The appointment's status (0 confirmed, 1 cancelled, 2 pending), if the hub knows it.
    cache::Result<std::optional<int>> appointmentStatus(int64_t appointmentId);
    /// Runs fn in one transaction (a push batch is all-or-nothing on disk).
    template <typename Fn> auto transaction(Fn &&fn) { return m_db->transaction(std::forward<Fn>(fn)); }

    cache::Result<int64_t> checkInCount();
    cache::Result<std::vector<Conflict>> conflicts();
    cache::Result<std::vector<ClearingCase>> cases(bool openOnly);
    cache::Result<std::optional<ClearingCase>> findCase(const std::string &id);
    cache::Result<void> attachCase(const std::string &id, int64_t appointmentId);
    /// Admits the case as a walk-in when fewer than `capacity` walk-ins were admitted that day.
    cache::Result<bool> admitWalkIn(const std::string &id, const std::string &day, int capacity);
    cache::Result<void> closeCase(const std::string &id, const std::string &resolution);

    /// The signed key list document, replaced as a whole.
    cache::Result<void> setKeyList(const std::string &document, int64_t version);
    cache::Result<std::pair<std::string, int64_t>> keyList();

    cache::Result<void> saveStatus(const std::string &kioskId, const std::string &document, int64_t atMs);
    cache::Result<std::vector<std::pair<std::string, std::string>>> statuses();

private:
    explicit HubStore(std::unique_ptr<cache::Database> db);
    cache::Result<int64_t> nextSeq();
    std::unique_ptr<cache::Database> m_db;
};

} // namespace checkin::sync
