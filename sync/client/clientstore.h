// What the sync client needs from the kiosk's store: the outbox, cursors, pulled data, the key list.
#pragma once

#include "offline-cache/error.h"
#include "sync/protocol/messages.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace checkin::sync {

/// The kiosk store as the sync thread sees it, in protocol messages (the implementation turns them
/// into its own typed rows). Implementations own the transactions.
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
    virtual cache::Result<std::vector<protocol::PushItem>> outboxBatch(int max) = 0;
    /// Called only after the hub acknowledged the rows or refused them for good, item by item.
    virtual cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) = 0;
    virtual cache::Result<int64_t> outboxDepth() = 0;
    virtual cache::Result<std::optional<std::string>> cursor(const std::string &name) = 0;
    /// An empty value means "no cursor" (reads of it are treated as absent).
    virtual cache::Result<void> setCursor(const std::string &name, const std::string &value) = 0;
    /// One page: appointments, other kiosks' admissions and annulments, and the desk's resolutions
    /// of this center's cases, with the page's cursor stored as the progress cursor `progressName`.
    virtual cache::Result<void> applyPage(
        const protocol::AppointmentPage &page, const std::string &progressName)
        = 0;
    virtual cache::Result<void> saveKeyList(int64_t version, const std::string &document) = 0;
};

} // namespace checkin::sync
