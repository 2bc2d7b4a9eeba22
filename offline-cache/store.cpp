// Store: opens, migrates and wires the repositories over one Database.
#include "offline-cache/store.h"

#include "offline-cache/namefold.h"
#include "offline-cache/schema.h"

namespace checkin::cache {

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_folder(std::make_unique<NameFolder>())
    , m_appointments(std::make_unique<AppointmentRepository>(*m_db, *m_folder))
    , m_lookup(std::make_unique<AppointmentLookup>(*m_db, *m_appointments, *m_folder))
    , m_outbox(std::make_unique<Outbox>(*m_db))
    , m_checkIns(std::make_unique<CheckInLog>(*m_db, *m_outbox))
    , m_keyList(std::make_unique<KeyListStore>(*m_db))
    , m_cursors(std::make_unique<SyncCursors>(*m_db))
    , m_audit(std::make_unique<AuditLog>(*m_db, *m_outbox))
    , m_clearing(std::make_unique<ClearingCases>(*m_db, *m_outbox))
    , m_resolutions(std::make_unique<DeskResolutions>(*m_db))
    , m_retention(std::make_unique<Retention>(*m_db, *m_folder, *m_lookup))
{ }

Store::~Store() = default;

namespace {

/// Opens, checks and migrates; a damaged file comes back as ErrorKind::Corrupt.
Result<std::unique_ptr<Database>> openChecked(const std::string &path, const Store::Options &options)
{
    auto db = Database::open(path, options.durability, options.busyTimeoutMs);
    if (!db)
        return tl::unexpected(db.error());
    if (options.checkOnOpen) {
        auto check = (*db)->prepare("PRAGMA quick_check(1)");
        if (!check)
            return tl::unexpected(check.error());
        auto row = check->step();
        if (!row)
            return tl::unexpected(row.error());
        if (*row && check->text(0) != "ok")
            return tl::unexpected(Error{ErrorKind::Corrupt, "quick_check: " + check->text(0)});
    }
    if (auto ok = migrate(**db); !ok)
        return tl::unexpected(ok.error());
    return db;
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string &path, Options options)
{
    OpenReport report;
    auto db = openChecked(path, options);
    if (!db && db.error().kind == ErrorKind::Corrupt) {
        report.problem = db.error().message;
        auto moved = moveAside(path);
        if (!moved)
            return tl::unexpected(moved.error());
        report.movedAsideTo = *moved;
        db = openChecked(path, options);
        if (db)
            recoverInto(report.movedAsideTo, **db, report);
    }
    if (!db)
        return tl::unexpected(db.error());
    std::unique_ptr<Store> store(new Store(std::move(*db)));
    store->m_openReport = std::move(report);
    return store;
}

Result<std::optional<Appointment>> Store::findByTicket(std::string_view ticket)
{
    auto id = m_resolutions->appointmentFor(ticket);
    if (!id)
        return tl::unexpected(id.error());
    if (!*id)
        return std::optional<Appointment>();
    return m_appointments->findById(**id);
}

Result<void> Store::upsertAppointments(std::span<const Import> rows)
{
    auto written = m_appointments->upsert(rows);
    if (!written)
        return tl::unexpected(written.error());
    return {};
}

} // namespace checkin::cache
