// LongPolls: a multimap by cursor; a wake-up resumes every poll whose cursor it passed.
#include "sync/hub/longpolls.h"

#include <vector>

namespace checkin::sync {

LongPolls::LongPolls(Post post, After after)
    : m_post(std::move(post))
    , m_after(std::move(after))
{ }

bool LongPolls::park(int64_t cursor, std::chrono::milliseconds wait, std::function<void()> resume)
{
    auto entry = std::make_shared<Entry>();
    entry->cursor = cursor;
    entry->resume = std::move(resume);
    {
        std::lock_guard lock(m_mutex);
        if (m_latest > cursor)
            return false;
        m_byCursor.emplace(cursor, entry);
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
    auto [first, last] = m_byCursor.equal_range(entry->cursor);
    for (auto it = first; it != last; ++it)
        if (it->second == entry) {
            m_byCursor.erase(it);
            break;
        }
    return true;
}

void LongPolls::sequenceChanged(int64_t seq)
{
    std::vector<std::shared_ptr<Entry>> due;
    {
        std::lock_guard lock(m_mutex);
        if (seq <= m_latest)
            return;
        m_latest = seq;
        const auto end = m_byCursor.lower_bound(seq);
        for (auto it = m_byCursor.begin(); it != end; ++it) {
            it->second->claimed = true;
            due.push_back(std::move(it->second));
        }
        m_byCursor.erase(m_byCursor.begin(), end);
    }
    for (auto &entry : due)
        m_post([entry] { entry->resume(); });
}

void LongPolls::clear()
{
    std::multimap<int64_t, std::shared_ptr<Entry>> dropped;
    {
        std::lock_guard lock(m_mutex);
        for (auto &[cursor, entry] : m_byCursor)
            entry->claimed = true;
        dropped.swap(m_byCursor);
    }
}

size_t LongPolls::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_byCursor.size();
}

} // namespace checkin::sync
