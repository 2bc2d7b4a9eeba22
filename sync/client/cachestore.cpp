// CacheClientStore: typed outbox rows as protocol messages, and the one transaction of a pulled page.
#include "sync/client/cachestore.h"

namespace checkin::sync {

namespace {

template <class... F> struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F> Overloaded(F...) -> Overloaded<F...>;

} // namespace

CacheClientStore::CacheClientStore(cache::Store &store)
    : m_store(store)
{ }

protocol::PushItem CacheClientStore::message(const cache::OutboxItem &item)
{
    return std::visit(
        Overloaded{
            [&](const cache::CheckIn &c) -> protocol::PushItem {
                return protocol::CheckInItem{item.id, c.appointmentId, c.kioskId, c.operatorId,
                    static_cast<int>(c.method), c.outcome, c.reason, c.admitted, c.scannedAtMs};
            },
            [&](const cache::ClearingCase &c) -> protocol::PushItem {
                return protocol::CaseItem{item.id, c.openedAtMs, c.kioskId, c.operatorId, c.givenName,
                    c.familyName, c.birthDate, c.contact, c.account, std::nullopt, {}, {}};
            },
            [&](const cache::AuditEntry &a) -> protocol::PushItem {
                return protocol::AuditItem{item.id, a.atMs, a.kioskId, a.operatorId,
                    static_cast<int>(a.action), static_cast<int>(a.outcome), a.subject};
            },
            [&](const cache::Confirmation &c) -> protocol::PushItem {
                return protocol::ConfirmationItem{item.id, c.appointmentId, c.atMs, c.kioskId, c.operatorId};
            },
            [&](const cache::Annulment &a) -> protocol::PushItem {
                return protocol::AnnulmentItem{item.id, a.checkInId, a.operatorId, a.reason, a.atMs};
            },
        },
        item.payload);
}

cache::Result<std::vector<protocol::PushItem>> CacheClientStore::outboxBatch(int max)
{
    auto items = m_store.outboxBatch(static_cast<size_t>(max));
    if (!items)
        return tl::unexpected(items.error());
    std::vector<protocol::PushItem> out;
    out.reserve(items->size());
    for (const auto &item : *items)
        out.push_back(message(item));
    return out;
}

cache::Result<void> CacheClientStore::markOutboxDone(const std::vector<std::string> &ids)
{
    return m_store.markOutboxDone(ids);
}

cache::Result<int64_t> CacheClientStore::outboxDepth()
{
    return m_store.outboxDepth();
}

cache::Result<std::optional<std::string>> CacheClientStore::cursor(const std::string &name)
{
    return m_store.cursor(name);
}

cache::Result<void> CacheClientStore::setCursor(const std::string &name, const std::string &value)
{
    return m_store.setCursor(name, value);
}

cache::Store::Import CacheClientStore::row(const protocol::Appointment &a)
{
    cache::Appointment x;
    x.id = a.id;
    x.bookingRef = a.bookingRef;
    x.centerId = a.centerId;
    x.day = a.day;
    x.slotStart = a.slotStart;
    x.slotEnd = a.slotEnd;
    x.status = a.status == protocol::AppointmentStatus::Cancelled ? cache::AppointmentStatus::Cancelled
        : a.status == protocol::AppointmentStatus::Pending        ? cache::AppointmentStatus::Pending
                                                                  : cache::AppointmentStatus::Confirmed;
    x.givenName = a.givenName;
    x.familyName = a.familyName;
    x.birthDate = a.birthDate;
    x.postalCode = a.postalCode;
    x.language = a.language;
    x.version = a.version;
    return {std::move(x), a.code};
}

cache::Result<void> CacheClientStore::applyPage(
    const protocol::AppointmentPage &page, const std::string &progressName)
{
    std::vector<cache::Store::Import> rows;
    rows.reserve(page.appointments.size());
    for (const auto &a : page.appointments)
        rows.push_back(row(a));
    return m_store.database().transaction([&]() -> cache::Result<void> {
        if (auto ok = m_store.upsertAppointments(rows); !ok)
            return ok;
        // Annulments before admissions: a page may carry the annulment of an admission and the
        // appointment's next admission, which the old one would otherwise keep out.
        for (const auto &a : page.annulments)
            if (auto ok = m_store.applyHubAnnulment(a.checkInId, a.kioskId, a.annulledAtMs); !ok)
                return ok;
        for (const auto &a : page.admissions) {
            // Our own admissions come back in the feed; a local admission of the same appointment
            // is a conflict the hub already recorded. Neither is written twice.
            auto known = m_store.checkInLog().find(a.checkInId);
            if (!known)
                return tl::unexpected(known.error());
            auto local = m_store.admittedCheckIn(a.appointmentId);
            if (!local)
                return tl::unexpected(local.error());
            if (*known || *local)
                continue;
            cache::CheckIn c;
            c.id = a.checkInId;
            c.appointmentId = a.appointmentId;
            c.kioskId = a.kioskId;
            c.scannedAtMs = a.scannedAtMs;
            c.syncState = cache::SyncState::Synced;
            if (auto ok = m_store.recordCheckIn(c, true); !ok)
                return tl::unexpected(ok.error());
        }
        for (const auto &r : page.resolutions)
            if (auto ok = m_store.saveResolution({r.caseId, r.ticket, r.appointmentId,
                    static_cast<cache::ResolutionKind>(static_cast<int>(r.kind)), r.resolvedAtMs});
                !ok)
                return ok;
        return m_store.setCursor(progressName, page.cursor);
    });
}

cache::Result<void> CacheClientStore::saveKeyList(int64_t version, const std::string &document)
{
    return m_store.saveKeyList(version, document);
}

} // namespace checkin::sync
