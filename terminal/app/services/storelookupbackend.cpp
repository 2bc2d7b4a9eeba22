// StoreLookupBackend: hops to the store thread, runs the on-site resolution, hops back.
#include "terminal/app/services/storelookupbackend.h"

#include <QMetaObject>

namespace checkin::app {

namespace {

LookupError unavailable()
{
    return {LookupErrorKind::Unavailable, "the local store is not open"};
}

/// All a self-service screen may receive of a booking (invariant 2 of OnSiteResolution).
cache::Appointment reduced(const cache::Appointment &full)
{
    cache::Appointment a;
    a.id = full.id;
    a.givenName = full.givenName;
    a.familyName = core::firstLetter(full.familyName);
    a.birthDate = full.birthDate.substr(0, 4);
    a.slotStart = full.slotStart;
    a.slotEnd = full.slotEnd;
    a.day = full.day;
    return a;
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

void StoreLookupBackend::search(const LookupQuery &query, std::function<void(SearchResult)> done)
{
    const bool staff = m_audience == Audience::Staff;
    m_store.withResolution([this, query, staff, done = std::move(done)](core::OnSiteResolution *resolution) {
        if (!resolution)
            return answer<SearchResult>(done, tl::unexpected(unavailable()));
        if (staff) {
            auto hits = resolution->staffSearch(
                query.text.empty() ? query.familyName + " " + query.birthDate : query.text, m_operatorId);
            if (!hits)
                return answer<SearchResult>(
                    done, tl::unexpected(LookupError{LookupErrorKind::Failed, hits.error().message}));
            std::vector<cache::Appointment> out;
            for (auto &hit : *hits)
                if (out.size() < static_cast<size_t>(query.limit))
                    out.push_back(std::move(hit.appointment));
            return answer<SearchResult>(done, std::move(out));
        }
        const auto result = resolution->selfServiceLookup(query.familyName, query.birthDate);
        std::vector<cache::Appointment> out;
        if (result.answer == core::SelfServiceAnswer::Found) {
            // Only the one hit, reduced before it leaves the store thread.
            if (auto full = resolution->appointment(result.appointmentId))
                out.push_back(reduced(*full));
        }
        answer<SearchResult>(done, std::move(out));
    });
}

void StoreLookupBackend::admit(
    int64_t appointmentId, const std::string &overrideReason, std::function<void(AdmitResult)> done)
{
    const std::string op = m_operatorId;
    const bool staff = m_audience == Audience::Staff;
    m_store.withResolution([this, appointmentId, overrideReason, op, staff, done = std::move(done)](
                               core::OnSiteResolution *resolution) {
        core::Verdict v;
        if (!resolution) {
            v.reason = core::Reason::StoreFailure;
            v.detail = "the local store is not open";
        } else if (staff && overrideReason.empty()) {
            // A pending booking attempt is confirmed (capacity allowing) and admitted in one go.
            v = resolution->confirmPendingAndAdmit(appointmentId, op);
        } else {
            v = resolution->admit(appointmentId, staff ? op : std::string(), overrideReason);
        }
        answer<AdmitResult>(done, AdmitResult(std::move(v)));
    });
}

void StoreLookupBackend::openClearingCase(
    const std::string &familyName, const std::string &birthDate, std::function<void(TicketResult)> done)
{
    const std::string op = m_operatorId;
    const bool staff = m_audience == Audience::Staff;
    m_store.withResolution(
        [this, familyName, birthDate, op, staff, done = std::move(done)](core::OnSiteResolution *resolution) {
            if (!resolution)
                return answer<TicketResult>(done, tl::unexpected(unavailable()));
            core::CaseDetails details;
            details.familyName = familyName;
            details.birthDate = birthDate;
            details.account = staff ? "no booking found at the entrance desk"
                                    : "no booking found at a self-service kiosk";
            auto ticket = resolution->openClearingCase(details, staff ? op : std::string());
            if (!ticket)
                return answer<TicketResult>(
                    done, tl::unexpected(LookupError{LookupErrorKind::Failed, ticket.error().message}));
            answer<TicketResult>(done, ticket->number);
        });
}

} // namespace checkin::app
