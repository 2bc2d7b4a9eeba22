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

/// An admission staff annulled: its center's other kiosks undo it, so the person can be admitted again.
struct HubAnnulment
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId; ///< the kiosk that annulled it
    int64_t annulledAtMs = 0;
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
    std::string contact; ///< only what the person chose to give
    std::string operatorId; ///< staff at the kiosk; empty at a self-service kiosk
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

/// One kiosk's push request: its items, in order, and when the hub received them.
struct PushBatch
{
    KioskIdentity who;
    std::vector<PushItem> items;
    int64_t receivedAtMs = 0;
};

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

/// How the desk resolved a case so that the person can be admitted at the door.
enum class ResolutionKind {
    Attached, ///< to a booking the desk found
    Confirmed, ///< to a pending booking attempt, which the desk confirmed
    WalkIn, ///< a walk-in place: the hub made an appointment for the person on that day
};
const char *resolutionKindName(ResolutionKind kind);

/// A resolved case as its center's kiosks learn it: the ticket now names an appointment.
struct HubResolution
{
    std::string caseId;
    std::string ticket;
    int64_t appointmentId = 0;
    ResolutionKind kind = ResolutionKind::Attached;
    int64_t resolvedAtMs = 0;
    int64_t seq = 0;
};

/// Walk-in appointments the hub makes for a case take ids from here up, apart from the booking
/// system's ids (the import refuses ids this high).
inline constexpr int64_t kWalkInIdBase = 900'000'000'000'000;

/// A page of the change feed: appointments, admissions, case resolutions and annulled admissions
/// with seq > cursor, in seq order.
struct ChangePage
{
    std::vector<HubAppointment> appointments;
    std::vector<HubAdmission> admissions;
    std::vector<HubResolution> resolutions;
    std::vector<HubAnnulment> annulments;
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
    std::string contact; ///< opened at the desk: what the caller chose to give
    std::optional<int64_t> resolvedAtMs;
};

/// One line of a case's history: who did what, when, from which kiosk (empty: the desk).
struct CaseEvent
{
    int64_t atMs = 0;
    std::string actor; ///< the kiosk's operator id, "desk", or "desk:" and the desk user
    std::string kioskId;
    std::string action; ///< opened, attached, confirmed, walk-in, closed, checked-in
    std::string detail; ///< a reference (booking ref, day, method), or the desk's resolution text
};

/// A case the desk opens for a caller (the same details a kiosk asks for).
struct DeskOpenedCase
{
    std::string centerId;
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< ISO 8601
    std::string contact;
    std::string account;
};

/// A center's figures for one day, as the health authority asks for them.
struct DayReport
{
    std::string centerId;
    std::string day;
    int64_t booked = 0; ///< confirmed bookings (walk-ins apart)
    int64_t arrived = 0; ///< bookings admitted at a kiosk
    int64_t noShows = 0; ///< bookings not admitted whose slot is over
    int64_t walkIns = 0; ///< walk-in places the desk gave for the day
    int64_t onSiteConfirmations = 0; ///< pending bookings confirmed at a kiosk or by the desk
    int64_t casesOpened = 0;
    int64_t casesResolved = 0;
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
/// 6. center_seq holds, per center, the seq of its newest change (the long-poll wake-up). Every
///    change a kiosk pulls moves it: appointments (imports, cancellations, confirmations) and
///    admissions for their center, a new key list for every center.
/// 7. A case resolved to an appointment takes a seq of its own center in the same write, so the
///    resolution reaches that center's kiosks in their next delta and no other center's.
/// 8. Every change to a case, and every admission of an appointment a case is attached to, appends
///    a line to its history (case_events) in the same write.
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
    /// Several kiosks' pushes in one write, so they share one commit (one fsync) and one pass of
    /// the writer lock: each batch under a savepoint, answered as push() answers it alone; a batch
    /// with a Forbidden item is rolled back to its savepoint (invariant 5) and the others stand.
    /// Any error rolls the whole write back (invariant 4) and answers no batch.
    cache::Result<std::vector<std::vector<PushAnswer>>> pushAll(const std::vector<PushBatch> &batches);
    /// The appointment's status (0 confirmed, 1 cancelled, 2 pending), if the hub knows it.
    cache::Result<std::optional<int>> appointmentStatus(int64_t appointmentId);

    cache::Result<int64_t> checkInCount();
    cache::Result<std::vector<Conflict>> conflicts();
    cache::Result<std::vector<ClearingCase>> cases(bool openOnly);
    cache::Result<std::optional<ClearingCase>> findCase(const std::string &id);
    /// The appointments of a center on the days from..to (ISO), for the desk's search.
    cache::Result<std::vector<cache::Appointment>> appointmentsOf(
        const std::string &centerId, const std::string &fromDay, const std::string &toDay);
    /// One appointment the hub knows.
    cache::Result<std::optional<cache::Appointment>> appointment(int64_t appointmentId);
    /// The center of an appointment the hub knows.
    cache::Result<std::optional<std::string>> appointmentCenter(int64_t appointmentId);
    /// Resolves an open case by attaching it to an appointment (a pending one is confirmed with
    /// it); false when the case is not open. The resolution reaches the center's kiosks (invariant 7).
    /// `actor` is who does it ("desk", or "desk:" and a desk user's name), kept in the history.
    cache::Result<bool> attachCase(const std::string &id, int64_t appointmentId,
        const std::string &resolution, int64_t atMs, const std::string &actor);
    /// Admits an open case as a walk-in on `day` when fewer than `capacity` walk-ins of its center
    /// were admitted that day: the hub makes an appointment for the person (kWalkInIdBase up).
    cache::Result<WalkIn> admitWalkIn(const std::string &id, const std::string &day, int capacity,
        const std::string &resolution, int64_t atMs, const std::string &actor);
    /// Closes an open case with the desk's text; false when the case is not open.
    cache::Result<bool> closeCase(
        const std::string &id, const std::string &resolution, int64_t atMs, const std::string &actor);
    /// Opens a case for a caller at the desk; its id (the ticket is cache::ticketNumber of it).
    cache::Result<std::string> openDeskCase(
        const DeskOpenedCase &details, int64_t atMs, const std::string &actor);
    /// The case's history, oldest first.
    cache::Result<std::vector<CaseEvent>> caseHistory(const std::string &id);
    /// Every center the hub knows (from its kiosks and appointments), sorted.
    cache::Result<std::vector<std::string>> centers();
    /// The day's figures of a center; [startMs, endMs) is the local day, `nowMinute` the minute of
    /// the day when `day` is today (-1 for a past day: every slot is over; 1440+ never).
    cache::Result<DayReport> dayReport(
        const std::string &centerId, const std::string &day, int64_t startMs, int64_t endMs, int nowMinute);

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
    /// Desk users (`checkin-hub desk add`): a person's name and the hash of their access key. Adding
    /// an active name again is refused.
    cache::Result<void> addDeskUser(const std::string &name, const std::string &keyHash, int64_t atMs);
    /// Ends a desk user's access key; false when no active user has that name.
    cache::Result<bool> revokeDeskUser(const std::string &name, int64_t atMs);
    /// (name, active) of every desk user, sorted by name.
    cache::Result<std::vector<std::pair<std::string, bool>>> deskUsers();
    /// The active desk user's key hash; nullopt when there is no such active user.
    cache::Result<std::optional<std::string>> deskUserKeyHash(const std::string &name);
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
    /// The next value of meta.seq (invariant 1), marking the write as one that moved it.
    cache::Result<int64_t> takeSeq();
    /// The next seq, recorded as the center's newest change (invariant 6).
    cache::Result<int64_t> nextSeq(const std::string &centerId);
    /// One new seq as every center's newest change: a change every kiosk pulls (the key list).
    cache::Result<void> touchEveryCenter();
    /// The answers of one batch's items inside the current write.
    cache::Result<std::vector<PushAnswer>> pushItems(const PushBatch &batch);
    cache::Result<PushAnswer> pushCheckIn(
        const KioskIdentity &who, const PushedCheckIn &item, int64_t receivedAtMs);
    cache::Result<PushAnswer> pushCase(const KioskIdentity &who, const PushedCase &item);
    cache::Result<PushAnswer> pushAudit(const KioskIdentity &who, const PushedAudit &item);
    cache::Result<std::optional<std::string>> centerOf(int64_t appointmentId);
    cache::Result<void> addEvent(const std::string &caseId, int64_t atMs, const std::string &actor,
        const std::string &kioskId, const std::string &action, const std::string &detail);
    /// Closes an open case as resolved to `appointmentId` with the next seq of its center (invariant 7).
    cache::Result<bool> resolveTo(const std::string &id, int64_t appointmentId, ResolutionKind kind,
        const std::string &resolution, int64_t atMs, const std::string &centerId);

    std::unique_ptr<SqlEngine> m_engine;
    bool m_seqMoved = false; ///< inside write(): some change took a seq
};

} // namespace checkin::sync
