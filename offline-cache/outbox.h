// The outbox: what this kiosk must push to the hub, in order, each item with an idempotency key.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace checkin::cache {

class Database;

enum class OutboxKind { CheckIn = 0, ClearingCase = 1, Audit = 2, Confirmation = 3, Annulment = 4 };

struct OutboxItem
{
    std::string id; ///< the idempotency key: the hub counts an item with a known id only once
    OutboxKind kind = OutboxKind::CheckIn;
    std::string payload; ///< JSON text, the hub's wire format for this kind
    int attempts = 0;
    int64_t nextAttemptMs = 0; ///< not before this Unix time (ms): retry back-off
    int64_t createdMs = 0;
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

private:
    Database &m_db;
};

} // namespace checkin::cache
