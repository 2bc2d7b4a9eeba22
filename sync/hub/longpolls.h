// LongPolls: kiosks waiting for a change of their center newer than their cursor, parked without a thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace checkin::sync {

/// Thread-safe. A parked poll is resumed exactly once: by the first sequenceChanged() of its center
/// past its cursor, or by its deadline, whichever comes first. Resumptions run through the injected `post`
/// and `after` (the front's handler threads), never on the caller's thread, so a writer that holds
/// the store lock may call sequenceChanged().
class LongPolls
{
public:
    using Post = std::function<void(std::function<void()>)>;
    using After = std::function<void(std::chrono::milliseconds, std::function<void()>)>;

    LongPolls(Post post, After after);

    /// Parks `resume` until the center's sequence passes `cursor` or `wait` ends. Returns false,
    /// parking nothing, when it is already past the cursor (answer at once).
    bool park(const std::string &center, int64_t cursor, std::chrono::milliseconds wait,
        std::function<void()> resume);
    /// The one wake-up: the center's newest change is now `seq`, whether a write of this process
    /// moved it or another process announced it. Never moves a sequence backwards.
    void sequenceChanged(const std::string &center, int64_t seq);
    /// The center's newest change as the last sequenceChanged() said (0 before any).
    int64_t latest(const std::string &center) const;
    /// The newest change of the center at or below `cursor` among its last kRecent changes, or
    /// `cursor` when none is known: a delta from there holds every change after `cursor` (and may
    /// repeat one the hub did not hear of singly), so the kiosks of a center, whose cursors differ
    /// by other centers' changes, ask for one page.
    int64_t changeAtOrBefore(const std::string &center, int64_t cursor) const;
    static constexpr size_t kRecent = 16;
    /// Drops every parked poll without resuming it (the hub stops; its connections close).
    void clear();
    size_t waiting() const;

private:
    struct Entry
    {
        std::string center;
        int64_t cursor = 0;
        std::function<void()> resume;
        bool claimed = false; ///< under m_mutex
    };
    bool claim(const std::shared_ptr<Entry> &entry);

    Post m_post;
    After m_after;
    struct Center
    {
        int64_t latest = 0;
        std::vector<int64_t> recent; ///< its last kRecent changes, oldest first
        std::multimap<int64_t, std::shared_ptr<Entry>> byCursor;
    };
    mutable std::mutex m_mutex;
    std::map<std::string, Center> m_centers;
};

} // namespace checkin::sync
