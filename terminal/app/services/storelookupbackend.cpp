// StoreLookupBackend: hops to the store thread, runs the on-site resolution, hops back.
#include "terminal/app/services/storelookupbackend.h"

#include <QMetaObject>

namespace checkin::app {

namespace {

LookupError unavailable()
{
    return {LookupErrorKind::Unavailable, "the local store is not open"};
}

LookupError staffOnly()
{
    return {LookupErrorKind::Unavailable, "staff actions are not available at a self-service kiosk"};
}

core::Verdict storeNotOpen()
{
    core::Verdict v;
    v.reason = core::Reason::StoreFailure;
    v.detail.kind = core::DetailKind::StoreFailed;
    v.detail.message = "the local store is not open";
    return v;
}

} // namespace

StoreLookupBackend::StoreLookupBackend(
    StoreService &store, Audience audience, std::string operatorId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_audience(audience)
    , m_operatorId(std::move(operatorId))
{ }

template <typename T> void StoreLookupBackend::answer(std::function<void(T)> done, T value)
{
    QPointer<StoreLookupBackend> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, done = std::move(done), value = std::move(value)]() mutable {
            if (self)
                done(std::move(value));
        },
        Qt::QueuedConnection);
}

void StoreLookupBackend::search(const std::string &text, std::function<void(SearchResult)> done)
{
    if (m_audience != Audience::Staff)
        return answer<SearchResult>(std::move(done), tl::unexpected(staffOnly()));
    m_store.withResolution([this, text, done = std::move(done)](core::OnSiteResolution *resolution) {
        if (!resolution)
            return answer<SearchResult>(done, tl::unexpected(unavailable()));
        auto hits = resolution->staffSearch(text, m_operatorId);
        if (!hits)
            return answer<SearchResult>(
                done, tl::unexpected(LookupError{LookupErrorKind::Failed, hits.error().message}));
        answer<SearchResult>(done, std::move(*hits));
    });
}

void StoreLookupBackend::selfServiceLookup(const std::string &familyName, const std::string &birthDate,
    std::function<void(SelfServiceLookupResult)> done)
{
    m_store.withResolution(
        [this, familyName, birthDate, done = std::move(done)](core::OnSiteResolution *resolution) {
            if (!resolution)
                return answer<SelfServiceLookupResult>(done, tl::unexpected(unavailable()));
            answer<SelfServiceLookupResult>(done, resolution->selfServiceLookup(familyName, birthDate));
        });
}

void StoreLookupBackend::confirmSelfService(int64_t appointmentId, const std::string &secondFactor,
    std::function<void(SelfServiceConfirmResult)> done)
{
    m_store.withResolution([this, appointmentId, secondFactor, done = std::move(done)](
                               core::OnSiteResolution *resolution) {
        if (!resolution)
            return answer<SelfServiceConfirmResult>(done, tl::unexpected(unavailable()));
        answer<SelfServiceConfirmResult>(done, resolution->confirmSelfService(appointmentId, secondFactor));
    });
}

void StoreLookupBackend::admit(int64_t appointmentId, std::function<void(AdmitResult)> done)
{
    if (m_audience != Audience::Staff)
        return answer<AdmitResult>(std::move(done), tl::unexpected(staffOnly()));
    m_store.withResolution([this, appointmentId, done = std::move(done)](core::OnSiteResolution *resolution) {
        // A pending booking attempt is confirmed (capacity allowing) and admitted in one go.
        answer<AdmitResult>(done,
            resolution ? resolution->confirmPendingAndAdmit(appointmentId, m_operatorId) : storeNotOpen());
    });
}

void StoreLookupBackend::admitByOverride(int64_t appointmentId, core::OverrideReason reason,
    const std::string &note, std::function<void(AdmitResult)> done)
{
    if (m_audience != Audience::Staff)
        return answer<AdmitResult>(std::move(done), tl::unexpected(staffOnly()));
    m_store.withResolution(
        [this, appointmentId, reason, note, done = std::move(done)](core::OnSiteResolution *resolution) {
            answer<AdmitResult>(done,
                resolution ? resolution->admitByOverride(appointmentId, m_operatorId, reason, note)
                           : storeNotOpen());
        });
}

void StoreLookupBackend::annul(
    const std::string &checkInId, core::AnnulReason reason, std::function<void(AnnulResult)> done)
{
    if (m_audience != Audience::Staff)
        return answer<AnnulResult>(std::move(done), tl::unexpected(core::AnnulRefusal::NoOperator));
    m_store.withCheckIns([this, checkInId, reason, done = std::move(done)](core::CheckInService *service) {
        if (!service)
            return answer<AnnulResult>(done, tl::unexpected(core::AnnulRefusal::StoreFailure));
        answer<AnnulResult>(done, service->annul(checkInId, m_operatorId, reason));
    });
}

void StoreLookupBackend::openClearingCase(
    const core::CaseDetails &details, std::function<void(TicketResult)> done)
{
    const bool staff = m_audience == Audience::Staff;
    m_store.withResolution(
        [this, details, staff, done = std::move(done)](core::OnSiteResolution *resolution) {
            if (!resolution)
                return answer<TicketResult>(done, tl::unexpected(TicketError{std::nullopt, unavailable()}));
            core::CaseDetails entry = details;
            if (entry.account.empty())
                entry.account = staff ? "no booking found at the entrance desk"
                                      : "no booking found at a self-service kiosk";
            auto ticket = resolution->openClearingCase(entry, staff ? m_operatorId : std::string());
            if (!ticket)
                return answer<TicketResult>(done,
                    tl::unexpected(TicketError{ticket.error().problem,
                        LookupError{LookupErrorKind::Failed, ticket.error().error.message}}));
            answer<TicketResult>(done, ticket->number);
        });
}

} // namespace checkin::app
