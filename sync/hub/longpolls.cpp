// LongPolls: per center a multimap by cursor; a wake-up resumes every poll whose cursor it passed.
#include "sync/hub/longpolls.h"

#include <algorithm>
#include <vector>

namespace checkin::sync {

LongPolls::LongPolls(Post post, After after)
    : m_post(std::move(post))
    , m_after(std::move(after))
{ }

bool LongPolls::park(
    const std::string &center, int64_t cursor, std::chrono::milliseconds wait, std::function<void()> resume)
{
    auto entry = std::make_shared<Entry>();
    entry->center = center;
    entry->cursor = cursor;
    entry->resume = std::move(resume);
    {
        std::lock_guard lock(m_mutex);
        auto &c = m_centers[center];
        if (c.latest > cursor)
            return false;
        c.byCursor.emplace(cursor, entry);
    }
    m_after(wait, [this, entry] {
        if (claim(entry))
            entry->resume();
    });
    return true;
}

bool LongPolls::claim(const std::shared_ptr<Entry> &entry)
{
    std::lock_guard lock(m_mutex);
    if (entry->claimed)
        return false;
    entry->claimed = true;
    auto &polls = m_centers[entry->center].byCursor;
    auto [first, last] = polls.equal_range(entry->cursor);
    for (auto it = first; it != last; ++it)
        if (it->second == entry) {
            polls.erase(it);
            break;
        }
    return true;
}

void LongPolls::sequenceChanged(const std::string &center, int64_t seq)
{
    std::vector<std::shared_ptr<Entry>> due;
    {
        std::lock_guard lock(m_mutex);
        auto &c = m_centers[center];
        if (seq <= c.latest)
            return;
        c.latest = seq;
        c.recent.push_back(seq);
        if (c.recent.size() > kRecent)
            c.recent.erase(c.recent.begin());
        const auto end = c.byCursor.lower_bound(seq);
        for (auto it = c.byCursor.begin(); it != end; ++it) {
            it->second->claimed = true;
            due.push_back(std::move(it->second));
        }
        c.byCursor.erase(c.byCursor.begin(), end);
    }
    for (auto &entry : due)
        m_post([entry] { entry->resume(); });
}

int64_t LongPolls::latest(const std::string &center) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_centers.find(center);
    return found == m_centers.end() ? 0 : found->second.latest;
}

int64_t LongPolls::changeAtOrBefore(const std::string &center, int64_t cursor) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_centers.find(center);
    if (found == m_centers.end())
        return cursor;
    const auto &recent = found->second.recent;
    // The oldest known change may have had others of the center before it: from below it, nothing
    // is known, and the kiosk's own cursor is used.
    if (recent.empty() || cursor < recent.front())
        return cursor;
    const auto after = std::upper_bound(recent.begin(), recent.end(), cursor);
    return *(after - 1);
}

void LongPolls::clear()
{
    std::map<std::string, Center> dropped;
    {
        std::lock_guard lock(m_mutex);
        for (auto &[name, c] : m_centers)
            for (auto &[cursor, entry] : c.byCursor)
                entry->claimed = true;
        dropped.swap(m_centers);
    }
}

size_t LongPolls::waiting() const
{
    std::lock_guard lock(m_mutex);
    size_t n = 0;
    for (const auto &[name, c] : m_centers)
        n += c.byCursor.size();
    return n;
}

} // namespace checkin::sync
