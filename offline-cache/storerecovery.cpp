// Store recovery: rename, then row-by-row copies that stop where the damage starts.
#include "offline-cache/storerecovery.h"

#include "offline-cache/database.h"
#include "offline-cache/outbox.h"

#include <algorithm>
#include <filesystem>

namespace checkin::cache {

Result<std::string> moveAside(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    for (int n = 1; n < 10'000; ++n) {
        const std::string target = path + ".corrupt-" + std::to_string(n);
        if (fs::exists(target, ec))
            continue;
        fs::rename(path, target, ec);
        if (ec)
            return tl::unexpected(Error{ErrorKind::Io, "cannot move " + path + " aside: " + ec.message()});
        // The WAL belongs to the damaged file: it may hold its newest committed check-ins.
        for (const char *suffix : {"-wal", "-shm"})
            if (fs::exists(path + suffix, ec))
                fs::rename(path + suffix, target + suffix, ec);
        return target;
    }
    return tl::unexpected(Error{ErrorKind::Io, "too many damaged copies of " + path + " kept"});
}

int64_t expireMovedAside(const std::string &path, std::chrono::system_clock::time_point before)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path file(path);
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const std::string prefix = file.filename().string() + ".corrupt-";
    int64_t deleted = 0;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(prefix))
            continue;
        const std::string n = name.substr(prefix.size());
        if (n.empty() || !std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            continue; // the -wal and -shm files go with their main file
        const auto written = fs::last_write_time(entry.path(), ec);
        if (ec)
            continue;
        const auto writtenSys = std::chrono::file_clock::to_sys(written);
        if (writtenSys >= before)
            continue;
        if (!fs::remove(entry.path(), ec) || ec)
            continue;
        ++deleted;
        for (const char *suffix : {"-wal", "-shm"})
            fs::remove(entry.path().string() + suffix, ec);
    }
    return deleted;
}

namespace {

/// Runs `select` on `from` and hands each row to `copy` until the end or the first error.
template <typename Copy> int64_t copyRows(Database &from, std::string_view select, Copy &&copy)
{
    auto stmt = from.prepare(select);
    if (!stmt)
        return 0;
    int64_t copied = 0;
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        if (copy(*stmt))
            ++copied;
    }
    return copied;
}

} // namespace

void recoverInto(const std::string &damagedPath, Database &target, OpenReport &report)
{
    auto opened = Database::open(damagedPath, Database::Durability::Full, 0, Database::Access::ReadOnly);
    if (!opened)
        return;
    Database &from = **opened;
    Outbox outbox(target);
    (void)target.transaction([&]() -> Result<void> {
        auto checkIn = target.prepare(
            "INSERT OR IGNORE INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, "
            "reason, scanned_at_ms, sync_state, admitted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)");
        auto clearing = target.prepare("INSERT OR IGNORE INTO clearing_cases (id, opened_at_ms, kiosk_id, "
                                       "operator_id, given_name, family_name, birth_date, contact, account, "
                                       "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)");
        if (!checkIn || !clearing)
            return {};
        // Outbox items first (all kinds, in their order, with their ids), retried at once.
        for (auto &item : Outbox::readable(from)) {
            item.attempts = 0;
            item.nextAttemptMs = 0;
            if (outbox.enqueue(item))
                ++report.recoveredOutboxItems;
        }
        report.recoveredCheckIns = copyRows(from,
            "SELECT id, appointment_id, kiosk_id, operator_id, method, outcome, reason, scanned_at_ms, "
            "admitted FROM checkins WHERE sync_state = 0 ORDER BY id",
            [&](Statement &s) {
                CheckIn c;
                c.id = s.text(0);
                if (!s.isNull(1))
                    c.appointmentId = s.int64(1);
                c.kioskId = s.text(2);
                c.operatorId = s.text(3);
                c.method = static_cast<CheckInMethod>(s.int64(4));
                c.outcome = static_cast<int>(s.int64(5));
                c.reason = static_cast<int>(s.int64(6));
                c.scannedAtMs = s.int64(7);
                c.admitted = s.int64(8) != 0;
                checkIn->bind(1, c.id);
                if (c.appointmentId)
                    checkIn->bind(2, *c.appointmentId);
                else
                    checkIn->bindNull(2);
                checkIn->bind(3, c.kioskId).bind(4, c.operatorId).bind(5, static_cast<int64_t>(c.method));
                checkIn->bind(6, int64_t{c.outcome}).bind(7, int64_t{c.reason}).bind(8, c.scannedAtMs);
                checkIn->bind(9, int64_t{c.admitted ? 1 : 0});
                if (!checkIn->run())
                    return false;
                // A check-in whose outbox item was lost (or a file from before the outbox) gets one;
                // one that has its item already is refused here as a known id.
                (void)outbox.enqueue({c.id, c, 0, 0, c.scannedAtMs});
                return true;
            });
        report.recoveredClearingCases = copyRows(from,
            "SELECT id, opened_at_ms, kiosk_id, operator_id, given_name, family_name, birth_date, contact, "
            "account "
            "FROM clearing_cases WHERE status = 0",
            [&](Statement &s) {
                clearing->bind(1, s.text(0)).bind(2, s.int64(1)).bind(3, s.text(2)).bind(4, s.text(3));
                clearing->bind(5, s.text(4)).bind(6, s.text(5)).bind(7, s.text(6)).bind(8, s.text(7));
                clearing->bind(9, s.text(8));
                return clearing->run().has_value();
            });
        return {};
    });
}

} // namespace checkin::cache
