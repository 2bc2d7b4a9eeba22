// The hub's store: appointments with a change sequence, check-ins, cases, keys, kiosks, over either engine.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace checkin::sync {

class SqlEngine;

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

/// Who sent a request: the kiosk its token was issued to, and that kiosk's center.
struct KioskIdentity
{
    std::string kioskId;
    std::string centerId;
};

/// A kiosk as provisioned by `checkin-hub kiosk add` (the token itself is never stored).
struct ProvisionedKiosk
{
    std::string kioskId;
    std::string centerId;
    int64_t createdAtMs = 0;
    std::optional<int64_t> revokedAtMs;
};

/// One item of a push batch, as the kiosk sent it (the kiosk is the token's, never the item's).
struct PushedCheckIn
{
    std::string id;
    std::optional<int64_t> appointmentId;
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
    std::optional<int64_t> appointmentId;
    std::string checkInId;
    std::string kind;
    std::string note;
    int64_t createdAtMs = 0;
    std::string person; ///< name, birth date and contact as the person gave them
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< ISO 8601 when the kiosk could read it, else as given
};

/// A record kept whole for the central office: an audit entry, an annulment or a confirmation.
struct PushedAudit
{
    enum class Action { Audit, Annulment, Confirmation };
    std::string id;
    Action action = Action::Audit;
    int64_t atMs = 0;
    std::string detail; ///< the item as a bounded JSON text
    std::string checkInId; ///< Annulment: the kiosk's own check-in it annuls
    std::optional<int64_t> appointmentId; ///< Confirmation: the pending booking confirmed on site
};

using PushItem = std::variant<PushedCheckIn, PushedCase, PushedAudit>;

enum class PushResult { Accepted, Duplicate, Conflict, Invalid, Forbidden };
const char *pushResultName(PushResult result);

/// The hub's answer for one pushed item. For a conflict, who admitted the appointment first.
struct PushAnswer
{
    std::string id;
    PushResult result = PushResult::Accepted;
    std::string message; ///< Invalid / Forbidden: why (no personal values)
    std::string firstCheckInId;
    std::string firstKioskId;
    int64_t firstScannedAtMs = 0;
};

/// A page of the change feed: appointments and admissions with seq > cursor, in seq order.
struct ChangePage
{
    std::vector<HubAppointment> appointments;
    std::vector<HubAdmission> admissions;
    int64_t nextCursor = 0; ///< where the next request starts (the hub's seq when the page is the last)
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
    std::string ticket; ///< cache::ticketNumber of the id; empty when another case held it first
    std::string givenName;
    std::string familyName;
    std::string birthDate;
    std::string centerId; ///< the center of the kiosk that opened it
    std::string day; ///< walk-in: the day admitted
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

enum class KeyListUpdate { Stored, Unchanged, Rollback };

/// What admitting a walk-in did.
enum class WalkIn { Admitted, NoCapacity, Closed };

/// What a retention run removed.
struct PurgeCounts
{
    int64_t appointments = 0;
    int64_t cases = 0;
};

/// The hub's rules over one SqlEngine (SQLite file or PostgreSQL database): every query is written
/// once here, the engines only run SQL. Not thread-safe: the HubServer holds it under its mutex.
///
/// Invariants:
/// 1. Every change to an appointment or a new admission takes the next value of one counter
///    (meta.seq) inside a write that excludes all other writers until it commits, so seq order is
///    commit order and "seq > cursor" is a complete delta.
/// 2. A check-in id is stored at most once; a second push of it is answered "duplicate".
/// 3. At most one accepted admitting check-in per appointment; later ones are stored as conflicts.
/// 4. A write is all or nothing: an error or exception inside it rolls the whole write back.
/// 5. A kiosk's push touches only its own center's appointments and its own check-ins; one item
///    that tries otherwise refuses the whole batch (nothing of it is stored).
/// 6. center_seq holds, per center, the seq of its newest change (the long-poll wake-up).
class HubStore
{
public:
    /// Opens the database a location names (sqlengine.h) and brings its schema up to date.
    static cache::Result<std::unique_ptr<HubStore>> open(const std::string &location);
    ~HubStore();

    /// The schema version this build writes (the number of migrations).
    static int schemaVersion();
    bool sharedByProcesses() const; ///< PostgreSQL: other hub processes may write too
    /// Calls `onChange` (on the engine's listener thread) when another process committed a change.
    bool listen(std::function<void()> onChange);

    cache::Result<void> upsertAppointments(const std::vector<HubAppointment> &rows);
    cache::Result<ChangePage> changes(const std::string &centerId, const std::string &fromDay,
        const std::string &toDay, int64_t cursor, int limit);
    cache::Result<int64_t> latestSeq();
    /// Centers whose newest change is above `afterSeq`, with that change's seq.
    cache::Result<std::vector<std::pair<std::string, int64_t>>> centerSeqs(int64_t afterSeq);

    /// One push batch in one write. Items refused with Forbidden refuse the batch: the answers say
    /// which, and nothing was stored.
    cache::Result<std::vector<PushAnswer>> push(
        const KioskIdentity &who, const std::vector<PushItem> &items, int64_t receivedAtMs);
    /// The appointment's status (0 confirmed, 1 cancelled, 2 pending), if the hub knows it.
    cache::Result<std::optional<int>> appointmentStatus(int64_t appointmentId);

    cache::Result<int64_t> checkInCount();
    cache::Result<std::vector<Conflict>> conflicts();
    cache::Result<std::vector<ClearingCase>> cases(bool openOnly);
    cache::Result<std::optional<ClearingCase>> findCase(const std::string &id);
    /// The appointments of a center on the days from..to (ISO), for the desk's search.
    cache::Result<std::vector<cache::Appointment>> appointmentsOf(
        const std::string &centerId, const std::string &fromDay, const std::string &toDay);
    /// The center of an appointment the hub knows.
    cache::Result<std::optional<std::string>> appointmentCenter(int64_t appointmentId);
    /// Resolves an open case by attaching it to an appointment; false when the case is not open.
    cache::Result<bool> attachCase(
        const std::string &id, int64_t appointmentId, const std::string &resolution);
    /// Admits an open case as a walk-in on `day` when fewer than `capacity` walk-ins of its center
    /// were admitted that day.
    cache::Result<WalkIn> admitWalkIn(
        const std::string &id, const std::string &day, int capacity, const std::string &resolution);
    /// Closes an open case with the desk's text; false when the case is not open.
    cache::Result<bool> closeCase(const std::string &id, const std::string &resolution);

    /// The verified key list document; a lower version than the stored one is refused.
    cache::Result<KeyListUpdate> setKeyList(const std::string &document, int64_t version);
    cache::Result<std::pair<std::string, int64_t>> keyList();

    cache::Result<void> saveStatus(const std::string &kioskId, const std::string &document, int64_t atMs);
    cache::Result<std::vector<std::pair<std::string, std::string>>> statuses();

    /// Kiosk credentials: only the token's hash is kept. Adding an active kiosk id again is refused.
    cache::Result<void> addKiosk(const ProvisionedKiosk &kiosk, const std::string &tokenHash);
    /// Ends a kiosk's token; false when no active kiosk has that id.
    cache::Result<bool> revokeKiosk(const std::string &kioskId, int64_t atMs);
    cache::Result<std::vector<ProvisionedKiosk>> kiosks();
    /// The active kiosk whose token hashes to `tokenHash`.
    cache::Result<std::optional<KioskIdentity>> kioskForTokenHash(const std::string &tokenHash);

    /// Retention: removes appointments (names, birth dates) of days before `beforeDay` and closed
    /// clearing cases opened before `beforeMs`.
    cache::Result<PurgeCounts> purge(const std::string &beforeDay, int64_t beforeMs);

private:
    explicit HubStore(std::unique_ptr<SqlEngine> engine);
    cache::Result<void> migrate();
    cache::Result<void> backfillTickets();
    /// Runs fn in one write (invariant 4); announces the changed seq to other processes on commit.
    cache::Result<void> write(const std::function<cache::Result<void>()> &fn);
    cache::Result<int64_t> nextSeq(const std::string &centerId);
    cache::Result<PushAnswer> pushCheckIn(
        const KioskIdentity &who, const PushedCheckIn &item, int64_t receivedAtMs);
    cache::Result<PushAnswer> pushCase(const KioskIdentity &who, const PushedCase &item);
    cache::Result<PushAnswer> pushAudit(const KioskIdentity &who, const PushedAudit &item);
    cache::Result<std::optional<std::string>> centerOf(int64_t appointmentId);

    std::unique_ptr<SqlEngine> m_engine;
    bool m_seqMoved = false; ///< inside write(): some change took a seq
};

} // namespace checkin::sync
