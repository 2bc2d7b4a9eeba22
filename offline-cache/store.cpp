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
{ }

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string &path, Options options)
{
    auto db = Database::open(path, options.durability);
    if (!db)
        return tl::unexpected(db.error());
    if (auto ok = migrate(**db); !ok)
        return tl::unexpected(ok.error());
    return std::unique_ptr<Store>(new Store(std::move(*db)));
}

Result<void> Store::upsertAppointments(std::span<const Import> rows)
{
    auto written = m_appointments->upsert(rows);
    if (!written)
        return tl::unexpected(written.error());
    return {};
}

} // namespace checkin::cache
