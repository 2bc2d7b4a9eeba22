// LongPolls: kiosks waiting for a change newer than their cursor, parked without holding a thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace checkin::sync {

/// Thread-safe. A parked poll is resumed exactly once: by the first sequenceChanged() past its
/// cursor, or by its deadline, whichever comes first. Resumptions run through the injected `post`
/// and `after` (the front's handler threads), never on the caller's thread, so a writer that holds
/// the store lock may call sequenceChanged().
class LongPolls
{
public:
    using Post = std::function<void(std::function<void()>)>;
    using After = std::function<void(std::chrono::milliseconds, std::function<void()>)>;

    LongPolls(Post post, After after);

    /// Parks `resume` until the sequence passes `cursor` or `wait` ends. Returns false, parking
    /// nothing, when the sequence is already past the cursor (answer at once).
    bool park(int64_t cursor, std::chrono::milliseconds wait, std::function<void()> resume);
    /// The one wake-up: the hub's change sequence is now `seq`, whether a write of this process
    /// moved it or another process announced it. Never moves the sequence backwards.
    void sequenceChanged(int64_t seq);
    /// Drops every parked poll without resuming it (the hub stops; its connections close).
    void clear();
    size_t waiting() const;

private:
    struct Entry
    {
        int64_t cursor = 0;
        std::function<void()> resume;
        bool claimed = false; ///< under m_mutex
    };
    bool claim(const std::shared_ptr<Entry> &entry);

    Post m_post;
    After m_after;
    mutable std::mutex m_mutex;
    int64_t m_latest = 0;
    std::multimap<int64_t, std::shared_ptr<Entry>> m_byCursor;
};

} // namespace checkin::sync
