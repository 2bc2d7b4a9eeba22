// The kiosk's real store (a cache::Store file) through the real adapter, with test conveniences.
#pragma once

#include "offline-cache/store.h"
#include "sync/client/cachestore.h"

#include <memory>

namespace checkin::testing {

/// A kiosk store for sync tests: the production CacheClientStore over a real file, plus a switch
/// that makes applyPage fail after some pages (power lost during a first download).
class TestClientStore final : public sync::ClientStore
{
public:
    explicit TestClientStore(const std::string &path)
        : m_store(std::move(*cache::Store::open(path)))
        , m_adapter(*m_store)
    { }

    cache::Store &store() { return *m_store; }

    /// Records a check-in as the kiosk's flow does; the store queues it in the same transaction.
    std::string checkIn(std::optional<int64_t> appointmentId, bool admitted, int64_t scannedAtMs,
        const std::string &kiosk = "k1")
    {
        cache::CheckIn c;
        c.appointmentId = appointmentId;
        c.kioskId = kiosk;
        c.scannedAtMs = scannedAtMs;
        c.outcome = admitted ? 0 : 1;
        auto recorded = m_store->recordCheckIn(c, admitted);
        return recorded ? recorded->id : std::string();
    }

    cache::Result<std::vector<sync::protocol::PushItem>> outboxBatch(int max) override
    {
        return m_adapter.outboxBatch(max);
    }
    cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) override
    {
        return m_adapter.markOutboxDone(ids);
    }
    cache::Result<int64_t> outboxDepth() override { return m_adapter.outboxDepth(); }
    cache::Result<std::optional<std::string>> cursor(const std::string &name) override
    {
        return m_adapter.cursor(name);
    }
    cache::Result<void> setCursor(const std::string &name, const std::string &value) override
    {
        return m_adapter.setCursor(name, value);
    }
    cache::Result<void> applyPage(
        const sync::protocol::AppointmentPage &page, const std::string &progressName) override
    {
        ++m_pagesApplied;
        if (m_failApplyAfter >= 0 && m_pagesApplied > m_failApplyAfter)
            return tl::unexpected(cache::Error{cache::ErrorKind::Io, "injected failure"});
        return m_adapter.applyPage(page, progressName);
    }
    cache::Result<void> saveKeyList(int64_t version, const std::string &document) override
    {
        return m_adapter.saveKeyList(version, document);
    }

    /// Makes applyPage fail after `pages` pages; -1 turns that off.
    void failApplyAfter(int pages)
    {
        m_failApplyAfter = pages;
        m_pagesApplied = 0;
    }

private:
    std::unique_ptr<cache::Store> m_store;
    sync::CacheClientStore m_adapter;
    int m_failApplyAfter = -1;
    int m_pagesApplied = 0;
};

} // namespace checkin::testing
