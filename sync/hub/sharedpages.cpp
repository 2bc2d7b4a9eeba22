// SharedPages: per center the answers of its current generation, each a shared future.
#include "sync/hub/sharedpages.h"

namespace checkin::sync {

SharedPages::SharedPages(std::chrono::milliseconds maxAge)
    : m_maxAge(maxAge)
{ }

std::shared_ptr<const SharedPages::Page> SharedPages::get(
    const std::string &center, int64_t generation, const std::string &key, const std::function<Page()> &query)
{
    std::promise<std::shared_ptr<const Page>> mine;
    std::shared_future<std::shared_ptr<const Page>> theirs;
    bool alone = false;
    {
        std::lock_guard lock(m_mutex);
        auto &c = m_centers[center];
        if (generation < c.generation) {
            alone = true; // it read an older state of the center than the shared answers hold
        } else {
            if (generation > c.generation) {
                c.generation = generation;
                c.pages.clear(); // invariant 3
            }
            const auto now = Clock::now();
            auto found = c.pages.find(key);
            if (found != c.pages.end() && now - found->second.startedAt <= m_maxAge)
                theirs = found->second.page; // invariants 1 and 2
            else
                c.pages[key] = Entry{mine.get_future().share(), now};
        }
    }
    if (alone)
        return std::make_shared<const Page>(query());
    if (theirs.valid())
        return theirs.get(); // outside the lock: the first request may still be reading
    std::shared_ptr<const Page> page;
    try {
        page = std::make_shared<const Page>(query());
    } catch (...) {
        // Whoever waits for this answer must get one; the exception itself stays here.
        page = std::make_shared<const Page>(
            tl::unexpected(cache::Error{cache::ErrorKind::Io, "the page query failed"}));
    }
    mine.set_value(page);
    return page;
}

} // namespace checkin::sync
