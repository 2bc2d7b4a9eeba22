// SharedPages: one change-feed query for every kiosk of a center that asks for the same page at once.
#pragma once

#include "offline-cache/error.h"
#include "sync/hub/hubstore.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace checkin::sync {

/// Thread-safe (the hub's handler threads). A change of a center wakes all its parked kiosks at
/// once, and they ask for the same page: the same cursor, days and limit. The first request runs
/// the query; the others of the same center state take its answer, waiting for it if it is still
/// running, instead of each running the same query on a reader connection (at 20 kiosks a center
/// that was 20 queries per check-in).
///
/// Invariants:
/// 1. An answer is shared only within one `generation` of its center (the center's newest change
///    seq as this process knows it): a page read after that change committed holds it, so a kiosk
///    woken by a change always gets a page with the change.
/// 2. A shared answer is at most `maxAge` old, so a change another hub process made (known here
///    only after its NOTIFY) reaches the next request soon even when no local change moves the
///    generation. A page is never wrong for being older: its cursor is where it was read, so the
///    kiosk's next delta starts from there.
/// 3. A center keeps the answers of its current generation only (memory is bounded by the
///    distinct requests of one generation).
class SharedPages
{
public:
    using Page = cache::Result<ChangePage>;
    using Clock = std::chrono::steady_clock;

    explicit SharedPages(std::chrono::milliseconds maxAge = std::chrono::milliseconds(1000));

    /// The page for `key` of `center` at `generation`: shared, or run by `query` now.
    std::shared_ptr<const Page> get(const std::string &center, int64_t generation, const std::string &key,
        const std::function<Page()> &query);

private:
    struct Entry
    {
        std::shared_future<std::shared_ptr<const Page>> page;
        Clock::time_point startedAt;
    };
    struct Center
    {
        int64_t generation = -1;
        std::map<std::string, Entry> pages;
    };
    std::chrono::milliseconds m_maxAge;
    std::mutex m_mutex;
    std::map<std::string, Center> m_centers;
};

} // namespace checkin::sync
