// What the sync client needs from the kiosk's store: the outbox, cursors, pulled data, the key list.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace checkin::sync {

/// One row of the kiosk's outbox: a check-in, clearing case or audit entry waiting for the hub.
struct OutboxEntry
{
    std::string id; ///< the item's idempotency key
    std::string kind; ///< "checkin", "case", "audit", "annulment" or "confirmation"
    std::string payload; ///< a JSON object with the item's fields (sync/protocol/openapi.yaml)
};

/// An appointment as pulled from the hub, with its printed code (the store keeps only a digest).
struct PulledAppointment
{
    cache::Appointment appointment;
    std::string code;
};

/// An admitting check-in made at another kiosk, so this one rejects a second use of the code.
struct RemoteAdmission
{
    std::string checkInId;
    int64_t appointmentId = 0;
    std::string kioskId;
    int64_t scannedAtMs = 0;
};

/// The kiosk store as the sync thread sees it. Implementations own the transactions.
///
/// Invariants the client relies on:
/// 1. outboxBatch returns the oldest rows in order and never skips one.
/// 2. applyPage writes the rows and the progress cursor in one transaction (a crash leaves either
///    both or neither), so a resumed download never misses a page.
/// 3. saveKeyList replaces the whole list in one transaction.
class ClientStore
{
public:
    virtual ~ClientStore() = default;
    virtual cache::Result<std::vector<OutboxEntry>> outboxBatch(int max) = 0;
    /// Called only after the hub acknowledged the rows or refused them for good.
    virtual cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) = 0;
    virtual cache::Result<int64_t> outboxDepth() = 0;
    virtual cache::Result<std::optional<std::string>> cursor(const std::string &name) = 0;
    /// An empty value means "no cursor" (reads of it are treated as absent).
    virtual cache::Result<void> setCursor(const std::string &name, const std::string &value) = 0;
    virtual cache::Result<void> applyPage(const std::vector<PulledAppointment> &appointments,
        const std::vector<RemoteAdmission> &admissions, const std::string &progressName,
        const std::string &progressValue)
        = 0;
    virtual cache::Result<void> saveKeyList(int64_t version, const std::string &document) = 0;
};

} // namespace checkin::sync
