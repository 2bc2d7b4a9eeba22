// A hub, a kiosk store and a sync client wired together, with a fixed day and a fixed clock.
#pragma once

#include "sync/client/syncclient.h"
#include "terminal/codes/keylist.h"
#include "tests/sync/hubfixture.h"
#include "tests/sync/teststore.h"

namespace checkin::testing {

/// The root key the test kiosks pin; the hub's lists in the tests are signed with it (or forged).
inline const core::SigningKey &testRoot()
{
    static const core::SigningKey root = core::SigningKey::fromPassphrase("sync tests root");
    return root;
}

inline std::chrono::system_clock::time_point fixedNow()
{
    return std::chrono::system_clock::time_point(
        std::chrono::milliseconds(1772442000000)); // 2026-03-02 09:00 UTC
}

/// One kiosk: its store file, its HTTP client (with the kiosk's token) and its sync client.
struct Kiosk
{
    Kiosk(const std::string &storePath, const std::string &baseUrl, sync::HttpOptions http,
        int pageSize = 1000, const std::string &center = "SB1")
        : store(storePath)
        , client(std::move(http))
        , sync(config(baseUrl, pageSize, center), client, store, fixedNow,
              [](int) { return std::string(kDay); })
    { }
    static sync::SyncConfig config(
        const std::string &baseUrl, int pageSize, const std::string &center = "SB1")
    {
        sync::SyncConfig c(baseUrl, center, [](const std::string &document) {
            return core::KeyList::verifiedVersion(document, testRoot().publicKey());
        });
        c.pageSize = pageSize;
        c.longPoll = std::chrono::seconds(5);
        return c;
    }
    TestClientStore store;
    sync::HttpClient client;
    sync::SyncClient sync;
};

} // namespace checkin::testing
