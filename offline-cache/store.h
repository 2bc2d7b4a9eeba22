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
#include "offline-cache/error.h"
#include "offline-cache/keyliststore.h"
#include "offline-cache/outbox.h"
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
    };

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
    NameFolder &nameFolder() { return *m_folder; }
    Database &database() { return *m_db; }

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
};

} // namespace checkin::cache
