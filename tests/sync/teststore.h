// A ClientStore over a real cache::Store file, with the outbox and cursor tables the sync needs.
#pragma once

#include "offline-cache/ids.h"
#include "offline-cache/store.h"
#include "sync/clientstore.h"

#include <nlohmann/json.hpp>

namespace checkin::testing {

/// Stands in for the kiosk store's schema v2 (outbox, cursors, key list) until that is merged:
/// the same real SQLite file as cache::Store, with its extra tables made here.
class TestClientStore final : public sync::ClientStore
{
public:
    explicit TestClientStore(const std::string &path)
    {
        m_store = std::move(*cache::Store::open(path));
        (void)db().exec(
            "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, "
            "id TEXT UNIQUE, payload TEXT);"
            "CREATE TABLE IF NOT EXISTS cursors (name TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE IF NOT EXISTS keylist (one INTEGER PRIMARY KEY, version INTEGER, doc TEXT);");
    }

    cache::Store &store() { return *m_store; }
    cache::Database &db() { return m_store->database(); }

    /// Records a check-in and queues it for the hub, as the kiosk's check-in flow does.
    std::string checkIn(std::optional<int64_t> appointmentId, bool admitted, int64_t scannedAtMs,
        const std::string &kiosk = "k1")
    {
        cache::CheckIn c;
        c.appointmentId = appointmentId;
        c.kioskId = kiosk;
        c.scannedAtMs = scannedAtMs;
        c.outcome = admitted ? 0 : 1;
        auto recorded = m_store->recordCheckIn(c, admitted);
        if (!recorded)
            return {};
        nlohmann::json payload{
            {"appointment_id", appointmentId ? nlohmann::json(*appointmentId) : nlohmann::json()},
            {"admitted", admitted}, {"scanned_at_ms", scannedAtMs}, {"outcome", c.outcome}};
        enqueue("checkin", recorded->id, payload.dump());
        return recorded->id;
    }
    void enqueue(const std::string &kind, const std::string &id, const std::string &payload)
    {
        auto s = db().prepare("INSERT INTO outbox (kind, id, payload) VALUES (?1, ?2, ?3)");
        s->bind(1, kind).bind(2, id).bind(3, payload);
        (void)s->run();
    }

    cache::Result<std::vector<sync::OutboxEntry>> outboxBatch(int max) override
    {
        auto s = db().prepare("SELECT seq, kind, id, payload FROM outbox ORDER BY seq LIMIT ?1");
        if (!s)
            return tl::unexpected(s.error());
        s->bind(1, int64_t{max});
        std::vector<sync::OutboxEntry> out;
        while (*s->step())
            out.push_back({s->text(2), s->text(1), s->text(3)});
        return out;
    }
    cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) override
    {
        return db().transaction([&]() -> cache::Result<void> {
            for (const auto &id : ids) {
                auto s = db().prepare("DELETE FROM outbox WHERE id = ?1");
                if (!s)
                    return tl::unexpected(s.error());
                s->bind(1, id);
                if (auto ok = s->run(); !ok)
                    return ok;
            }
            return {};
        });
    }
    cache::Result<int64_t> outboxDepth() override { return db().scalar("SELECT count(*) FROM outbox"); }
    cache::Result<std::optional<std::string>> cursor(const std::string &name) override
    {
        auto s = db().prepare("SELECT value FROM cursors WHERE name = ?1");
        if (!s)
            return tl::unexpected(s.error());
        s->bind(1, name);
        if (!*s->step())
            return std::optional<std::string>();
        return std::optional<std::string>(s->text(0));
    }
    cache::Result<void> setCursor(const std::string &name, const std::string &value) override
    {
        auto s = db().prepare(value.empty() ? "DELETE FROM cursors WHERE name = ?1"
                                            : "INSERT OR REPLACE INTO cursors (name, value) VALUES (?1, ?2)");
        if (!s)
            return tl::unexpected(s.error());
        s->bind(1, name);
        if (!value.empty())
            s->bind(2, value);
        return s->run();
    }
    cache::Result<void> applyPage(const std::vector<sync::PulledAppointment> &appointments,
        const std::vector<sync::RemoteAdmission> &admissions, const std::string &progressName,
        const std::string &progressValue) override
    {
        ++m_pagesApplied;
        if (m_failApplyAfter >= 0 && m_pagesApplied > m_failApplyAfter)
            return tl::unexpected(cache::Error{cache::ErrorKind::Io, "injected failure"});
        return db().transaction([&]() -> cache::Result<void> {
            auto s = db().prepare("INSERT OR REPLACE INTO appointments (id, booking_ref, code_digest, "
                                  "center_id, day, slot_start, "
                                  "slot_end, status, given_name, family_name, birth_date, postal_code, "
                                  "language, version) VALUES "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
            if (!s)
                return tl::unexpected(s.error());
            for (const auto &p : appointments) {
                const auto &a = p.appointment;
                s->bind(1, a.id).bind(2, a.bookingRef);
                if (p.code.empty())
                    s->bindNull(3);
                else
                    s->bind(3, cache::codeDigest(p.code));
                s->bind(4, a.centerId)
                    .bind(5, a.day)
                    .bind(6, int64_t{a.slotStart})
                    .bind(7, int64_t{a.slotEnd});
                s->bind(8, static_cast<int64_t>(a.status)).bind(9, a.givenName).bind(10, a.familyName);
                s->bind(11, a.birthDate).bind(12, a.postalCode).bind(13, a.language).bind(14, a.version);
                if (auto ok = s->run(); !ok)
                    return ok;
            }
            auto c = db().prepare(
                "INSERT OR IGNORE INTO checkins (id, appointment_id, kiosk_id, method, outcome, "
                "reason, scanned_at_ms, sync_state, admitted) VALUES (?1, ?2, ?3, 0, 0, 0, ?4, 1, 1)");
            if (!c)
                return tl::unexpected(c.error());
            for (const auto &a : admissions) {
                c->bind(1, a.checkInId).bind(2, a.appointmentId).bind(3, a.kioskId).bind(4, a.scannedAtMs);
                if (auto ok = c->run(); !ok)
                    return ok;
            }
            return setCursor(progressName, progressValue);
        });
    }
    cache::Result<void> saveKeyList(int64_t version, const std::string &document) override
    {
        auto s = db().prepare("INSERT OR REPLACE INTO keylist (one, version, doc) VALUES (1, ?1, ?2)");
        if (!s)
            return tl::unexpected(s.error());
        s->bind(1, version).bind(2, document);
        return s->run();
    }

    /// Makes applyPage fail after `pages` pages (a kiosk losing power in a first download).
    void failApplyAfter(int pages)
    {
        m_failApplyAfter = pages;
        m_pagesApplied = 0;
    }

private:
    std::unique_ptr<cache::Store> m_store;
    int m_failApplyAfter = -1;
    int m_pagesApplied = 0;
};

} // namespace checkin::testing
