// The typed messages of the sync protocol (openapi.yaml beside this file), one struct per message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace checkin::sync::protocol {

/// A key list version is a whole number from 1 to this; a signed list claiming more is refused as
/// absurd, so that one bad list cannot make every later genuine list look like a rollback.
inline constexpr int64_t kMaxKeyListVersion = 9'999'999'999;

/// At most this many items in one push (the hub answers 413 above it).
inline constexpr size_t kMaxPushItems = 1000;

/// An admission, a rejected scan or a manual check-in at a kiosk ("kind": "checkin").
struct CheckInItem
{
    std::string id; ///< UUIDv7 made at the kiosk: the idempotency key
    std::optional<int64_t> appointmentId; ///< none: the code matched no appointment
    std::string kioskId; ///< informative; the hub takes the kiosk from the token
    std::string operatorId;
    int method = 0; ///< 0 code, 1 lookup, 2 manual
    int outcome = 0; ///< the terminal's verdict family
    int reason = 0;
    bool admitted = false;
    int64_t scannedAtMs = 0; ///< the original scan time at the kiosk
};

/// A person the entrance could not resolve, for the central office ("kind": "case").
struct CaseItem
{
    std::string id;
    int64_t openedAtMs = 0;
    std::string kioskId;
    std::string operatorId;
    std::string givenName;
    std::string familyName;
    std::string birthDate;
    std::string contact;
    std::string account; ///< what the person says happened
    std::optional<int64_t> appointmentId;
    std::string checkInId;
    std::string caseKind;
};

/// A staff action for the audit trail ("kind": "audit"); a reference as subject, never a search term.
struct AuditItem
{
    std::string id;
    int64_t atMs = 0;
    std::string kioskId;
    std::string operatorId;
    int action = 0;
    int outcome = 0;
    std::string subject;
};

/// Staff annulled a check-in ("kind": "annulment"); the hub frees the appointment again.
struct AnnulmentItem
{
    std::string id;
    std::string checkInId;
    std::string operatorId;
    std::string reason;
    int64_t annulledAtMs = 0;
};

/// Staff confirmed a pending booking attempt on site ("kind": "confirmation").
struct ConfirmationItem
{
    std::string id;
    int64_t appointmentId = 0;
    int64_t confirmedAtMs = 0;
    std::string kioskId;
    std::string operatorId;
};

/// One outbox item as it travels; the alternative decides the wire "kind".
using PushItem = std::variant<CheckInItem, CaseItem, AuditItem, AnnulmentItem, ConfirmationItem>;

/// The wire "kind" of an item ("checkin", "case", "audit", "annulment", "confirmation").
const char *kindName(const PushItem &item);
/// The idempotency key of any item.
const std::string &itemId(const PushItem &item);

struct PushRequest
{
    std::vector<PushItem> items;
};

/// An item of a push the hub cannot read: answered "invalid" alone, the rest of the batch goes on.
struct ItemError
{
    std::string id; ///< as far as it could be read (empty when the id itself is the problem)
    std::string message;
};

/// A push as the hub reads it: one entry per item, in order, each an item or why it is unreadable.
struct DecodedPush
{
    struct Entry
    {
        std::optional<PushItem> item;
        ItemError error; ///< meaningful when item is empty
    };
    std::vector<Entry> entries;
};

enum class ItemResult { Accepted, Duplicate, Conflict, Invalid };
const char *itemResultName(ItemResult result);

/// The hub's answer to one item; "invalid" is the only permanent refusal (the kiosk drops the item).
struct ItemAnswer
{
    std::string id;
    ItemResult result = ItemResult::Accepted;
    std::string message; ///< why an item is invalid
    struct First
    {
        std::string checkInId;
        std::string kioskId;
        int64_t scannedAtMs = 0;
    };
    std::optional<First> first; ///< for a conflict: the check-in admitted first
};

struct PushResponse
{
    std::vector<ItemAnswer> results;
    std::optional<int64_t> serverTimeMs;
};

enum class AppointmentStatus { Confirmed, Cancelled, Pending };

struct Appointment
{
    int64_t id = 0;
    std::string bookingRef;
    std::string code; ///< the signed booking code as printed (may be empty)
    std::string centerId;
    std::string day; ///< "YYYY-MM-DD"
    int slotStart = 0; ///< minutes after local midnight ("HH:MM" on the wire)
    int slotEnd = 0;
    AppointmentStatus status = AppointmentStatus::Confirmed;
    std::string givenName;
    std::string familyName;
    std::string birthDate;
    std::string postalCode;
    std::string language;
    int64_t version = 0;
};

/// An admitting check-in from any kiosk, so the others reject a second use of the code.
struct Admission
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId;
    int64_t scannedAtMs = 0;
};

/// Staff annulled an admission of this center: the appointment may be admitted again. A kiosk
/// that does not know the check-in has nothing to undo.
struct Annulment
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId; ///< the kiosk that annulled it
    int64_t annulledAtMs = 0;
};

enum class ResolutionKind { Attached, Confirmed, WalkIn };

/// The clearing desk resolved a case of this center: its ticket now admits the appointment.
struct Resolution
{
    std::string caseId;
    std::string ticket; ///< "K-7F3QM-9ZC2X", as the person holds it
    int64_t appointmentId = 0;
    ResolutionKind kind = ResolutionKind::Attached;
    int64_t resolvedAtMs = 0;
};

struct AppointmentPage
{
    std::string cursor; ///< opaque: the next request's cursor
    bool hasMore = false;
    std::vector<Appointment> appointments;
    std::vector<Admission> admissions;
    std::vector<Resolution> resolutions; ///< in seq order after the appointments they name
    /// Annulled admissions. Apart from `admissions`, so a kiosk that predates them keeps its old
    /// reading, and an annulled check-in never comes back to it as an admission.
    std::vector<Annulment> annulments;
    std::optional<int64_t> serverTimeMs;
};

/// GET /v1/keys (and PUT by the admin). `version` is the hub's claim: a kiosk takes the version
/// from the verified document itself.
struct KeyListDocument
{
    int64_t version = 0; ///< 0 with an empty list: the hub has none yet
    std::string signedList;
    std::optional<int64_t> serverTimeMs;
};

struct StatusReport
{
    std::string version;
    int64_t lastSyncMs = 0;
    int64_t outboxDepth = 0;
    std::string camera; ///< "ok", "lost", "unknown", ...
};

/// The body of every failure answer.
struct ErrorBody
{
    std::string error; ///< machine-readable code ("bad_request", "too_large", ...)
    std::string message;
    std::optional<int64_t> serverTimeMs;
};

} // namespace checkin::sync::protocol
