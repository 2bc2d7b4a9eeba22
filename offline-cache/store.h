// The offline store: one SQLite file, and the repositories over it.
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/appointmentlookup.h"
#include "offline-cache/appointmentrepository.h"
#include "offline-cache/auditlog.h"
#include "offline-cache/checkin.h"
#include "offline-cache/checkinlog.h"
#include "offline-cache/clearingcases.h"
#include "offline-cache/database.h"
#include "offline-cache/deskresolutions.h"
#include "offline-cache/error.h"
#include "offline-cache/keyliststore.h"
#include "offline-cache/outbox.h"
#include "offline-cache/retention.h"
#include "offline-cache/storerecovery.h"
#include "offline-cache/synccursors.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace checkin::cache {

class NameFolder;

/// The kiosk's store: opens and migrates the file and owns one repository per concern. Not
/// thread-safe: it lives on the terminal's "store" thread (or a CLI's main thread); the GUI
/// reaches it only through the terminal's StoreService facade.
///
/// The one-line forwarding methods below are the calls the rest of the terminal makes most; the
/// repositories behind them hold the logic.
class Store
{
public:
    struct Options
    {
        Database::Durability durability = Database::Durability::Full;
        /// How long a write waits for another process's lock before failing with ErrorKind::Locked.
        int busyTimeoutMs = 2000;
        /// Run PRAGMA quick_check at open (about 0.1 s for a day of 100,000 appointments).
        bool checkOnOpen = true;
    };

    /// Opens, checks and migrates the file. A damaged file (not a database, failing quick_check,
    /// unreadable schema) is moved aside (never deleted), a fresh file takes its place, and the
    /// unsynced check-ins, unsent outbox items and open clearing cases that can still be read are
    /// copied over; openReport() says so. Other failures (read-only, locked, full, newer schema)
    /// are returned as errors of their kind.
    static Result<std::unique_ptr<Store>> open(const std::string &path, Options options);
    static Result<std::unique_ptr<Store>> open(const std::string &path) { return open(path, Options{}); }
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    AppointmentRepository &appointments() { return *m_appointments; }
    CheckInLog &checkInLog() { return *m_checkIns; }
    Outbox &outbox() { return *m_outbox; }
    KeyListStore &keyLists() { return *m_keyList; }
    SyncCursors &cursors() { return *m_cursors; }
    AuditLog &auditLog() { return *m_audit; }
    ClearingCases &clearingCases() { return *m_clearing; }
    AppointmentLookup &appointmentLookup() { return *m_lookup; }
    Retention &retention() { return *m_retention; }
    NameFolder &nameFolder() { return *m_folder; }
    Database &database() { return *m_db; }
    /// How the open went: whether a damaged file was moved aside and what was recovered from it.
    const OpenReport &openReport() const { return m_openReport; }

    // Appointments.
    using Import = AppointmentRepository::Import;
    using Deletion = AppointmentRepository::Deletion;
    /// Inserts or updates appointments in one transaction, never replacing a newer version.
    Result<void> upsertAppointments(std::span<const Import> rows);
    Result<int64_t> deleteAppointments(std::span<const Deletion> rows)
    {
        return m_appointments->remove(rows);
    }
    Result<std::optional<Appointment>> findByCode(std::string_view code)
    {
        return m_appointments->findByCode(code);
    }
    Result<std::optional<Appointment>> findByBookingRef(std::string_view ref)
    {
        return m_appointments->findByBookingRef(ref);
    }
    Result<std::optional<Appointment>> findById(int64_t id) { return m_appointments->findById(id); }
    Result<int64_t> appointmentCount() { return m_appointments->count(); }
    /// Ranked name / date-of-birth lookup (see AppointmentLookup).
    Result<std::vector<LookupHit>> lookup(const LookupQuery &query) { return m_lookup->find(query); }

    // Check-ins (see CheckInLog for the invariants).
    Result<std::optional<CheckIn>> admittedCheckIn(int64_t appointmentId)
    {
        return m_checkIns->admitted(appointmentId);
    }
    /// Commits a check-in and its outbox item durably before returning.
    Result<CheckIn> recordCheckIn(CheckIn checkIn, bool admitted)
    {
        return m_checkIns->record(std::move(checkIn), admitted);
    }
    Result<std::vector<CheckIn>> checkIns() { return m_checkIns->all(); }
    Result<void> annulCheckIn(
        std::string_view id, std::string_view operatorId, std::string_view reason, int64_t atMs)
    {
        return m_checkIns->annul(id, operatorId, reason, atMs);
    }
    /// Another kiosk's annulment, from the hub: nothing goes back to the hub.
    Result<void> applyHubAnnulment(std::string_view id, std::string_view kioskId, int64_t atMs)
    {
        return m_checkIns->applyHubAnnulment(id, kioskId, atMs);
    }

    // Outbox, key list, cursors, audit, clearing cases.
    Result<void> enqueue(const OutboxItem &item) { return m_outbox->enqueue(item); }
    Result<std::vector<OutboxItem>> outboxBatch(size_t limit) { return m_outbox->batch(limit); }
    Result<void> markOutboxDone(std::span<const std::string> ids) { return m_outbox->markDone(ids); }
    Result<int64_t> outboxDepth() { return m_outbox->depth(); }
    Result<void> saveKeyList(int64_t version, const std::string &signedBlob)
    {
        return m_keyList->save(version, signedBlob);
    }
    Result<std::optional<KeyList>> keyList() { return m_keyList->current(); }
    Result<void> setCursor(std::string_view name, std::string_view value)
    {
        return m_cursors->set(name, value);
    }
    Result<std::optional<std::string>> cursor(std::string_view name) { return m_cursors->get(name); }
    Result<AuditEntry> appendAudit(AuditEntry entry) { return m_audit->append(std::move(entry)); }
    Result<std::vector<AuditEntry>> auditEntries(int64_t sinceMs = 0, size_t limit = 1000)
    {
        return m_audit->entries(sinceMs, limit);
    }
    Result<ClearingCase> openClearingCase(ClearingCase entry) { return m_clearing->open(std::move(entry)); }
    Result<std::vector<ClearingCase>> listClearingCases(std::optional<ClearingStatus> status = std::nullopt)
    {
        return m_clearing->list(status);
    }

    /// A resolution of the clearing desk that came with sync.
    Result<void> saveResolution(const DeskResolution &resolution) { return m_resolutions->save(resolution); }
    /// The appointment a clearing ticket admits (canonical ticket), if the desk resolved its case.
    Result<std::optional<Appointment>> findByTicket(std::string_view ticket);

    /// Day rollover: personal data of every day but `today` leaves the store (see Retention).
    Result<RetentionReport> purgeOtherDays(std::string_view today, int64_t nowMs, int64_t unsyncedGraceMs)
    {
        return m_retention->purge(today, nowMs, unsyncedGraceMs);
    }

private:
    explicit Store(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NameFolder> m_folder;
    std::unique_ptr<AppointmentRepository> m_appointments;
    std::unique_ptr<AppointmentLookup> m_lookup;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CheckInLog> m_checkIns;
    std::unique_ptr<KeyListStore> m_keyList;
    std::unique_ptr<SyncCursors> m_cursors;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ClearingCases> m_clearing;
    std::unique_ptr<DeskResolutions> m_resolutions;
    std::unique_ptr<Retention> m_retention;
    OpenReport m_openReport;
};

} // namespace checkin::cache
