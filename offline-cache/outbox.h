// The outbox: what this kiosk must push to the hub, in order, each item with an idempotency key.
#pragma once

#include "offline-cache/auditlog.h"
#include "offline-cache/checkin.h"
#include "offline-cache/clearingcases.h"
#include "offline-cache/error.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace checkin::cache {

class Database;

/// Staff annulled a check-in (the check-in row keeps the same facts; this is what the hub hears).
struct Annulment
{
    std::string checkInId;
    std::string operatorId;
    std::string reason;
    int64_t atMs = 0;
};

/// Staff confirmed a pending booking attempt on site.
struct Confirmation
{
    int64_t appointmentId = 0;
    int64_t atMs = 0;
    std::string kioskId;
    std::string operatorId;
};

/// The kinds in the order of OutboxPayload's alternatives (the number is stored).
enum class OutboxKind { CheckIn = 0, ClearingCase = 1, Audit = 2, Confirmation = 3, Annulment = 4 };

/// What an item reports, as a typed value; the store keeps its fields as columns and knows no
/// wire format (the sync layer turns a payload into a protocol message).
using OutboxPayload = std::variant<CheckIn, ClearingCase, AuditEntry, Confirmation, Annulment>;

struct OutboxItem
{
    std::string id; ///< the idempotency key: the hub counts an item with a known id only once
    OutboxPayload payload;
    int attempts = 0;
    int64_t nextAttemptMs = 0; ///< not before this Unix time (ms): retry back-off
    int64_t createdMs = 0;
    OutboxKind kind() const { return static_cast<OutboxKind>(payload.index()); }
};

/// The queue of items to push, on the store's thread. Items are written in the same
/// transaction as what they report (a check-in and its outbox item commit together).
///
/// States: queued --push ok / permanent reject--> gone (markDone)
///         queued --transient failure--> queued with attempts+1 and a later nextAttemptMs (deferred)
///
/// Invariants:
/// 1. A row leaves the outbox only after the hub acknowledged it or rejected it for good.
/// 2. Items are handed out in the order they were enqueued; a batch stops at the first item that
///    is not yet due, so the hub never sees an annulment before the check-in it annuls.
/// 3. An item id is unique: enqueueing an id twice is refused (ErrorKind::Invalid).
/// 4. markDone of a check-in or clearing case marks that row synced in the same transaction.
/// 5. A row holds its item's fields itself (typed columns), so it can be sent, and recovered from
///    a damaged file, without the row it reports.
class Outbox
{
public:
    explicit Outbox(Database &db);

    /// Queues an item (joins the caller's transaction when there is one).
    Result<void> enqueue(const OutboxItem &item);
    /// Up to `limit` items that are due at `nowMs`, oldest first (invariant 2).
    Result<std::vector<OutboxItem>> batch(size_t limit, int64_t nowMs = std::numeric_limits<int64_t>::max());
    /// Removes acknowledged or permanently rejected items (invariants 1 and 4). Unknown ids are
    /// ignored, so that a repeated acknowledgement is harmless.
    Result<void> markDone(std::span<const std::string> ids);
    /// Records a failed attempt: attempts+1, not again before nextAttemptMs.
    Result<void> defer(std::span<const std::string> ids, int64_t nextAttemptMs);
    Result<int64_t> depth();

    /// Every item of `from` (any schema version) that can still be read, oldest first, up to the
    /// first damaged row: what recovery copies out of a damaged file.
    static std::vector<OutboxItem> readable(Database &from);

private:
    Database &m_db;
};

} // namespace checkin::cache
