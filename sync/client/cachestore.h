// The kiosk's cache::Store seen through the sync client's ClientStore interface.
#pragma once

#include "offline-cache/store.h"
#include "sync/client/clientstore.h"
#include "sync/protocol/messages.h"

namespace checkin::sync {

/// Adapts the store (schema v2: outbox, cursors, key list) for SyncClient. Lives on the thread of
/// the store it wraps (the "sync" thread opens its own connection to the file).
class CacheClientStore final : public ClientStore
{
public:
    explicit CacheClientStore(cache::Store &store);

    cache::Result<std::vector<protocol::PushItem>> outboxBatch(int max) override;
    cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) override;
    cache::Result<int64_t> outboxDepth() override;
    cache::Result<std::optional<std::string>> cursor(const std::string &name) override;
    cache::Result<void> setCursor(const std::string &name, const std::string &value) override;
    /// Appointments, other kiosks' annulments and admissions (recorded as already synced, so they
    /// are never pushed back), resolutions of this center's cases and the progress cursor, in one
    /// transaction.
    cache::Result<void> applyPage(
        const protocol::AppointmentPage &page, const std::string &progressName) override;
    cache::Result<void> saveKeyList(int64_t version, const std::string &document) override;

    /// The protocol message of a typed outbox row (the store knows no wire format).
    static protocol::PushItem message(const cache::OutboxItem &item);
    /// A pulled appointment as the store imports it.
    static cache::Store::Import row(const protocol::Appointment &appointment);

private:
    cache::Store &m_store;
};

} // namespace checkin::sync
