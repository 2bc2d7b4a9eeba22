// StoreLookupBackend: the lookup screens' back end over the store thread's on-site resolution.
#pragma once

#include "terminal/app/services/lookupbackend.h"
#include "terminal/app/services/storeservice.h"

#include <QObject>
#include <QPointer>

namespace checkin::app {

/// Lives on the GUI thread; every call runs on the store thread and answers through a queued call.
/// Self-service queries go through OnSiteResolution's one guard and come back as at most one booking
/// already masked there (core::masked); staff calls need the operator id and are refused at a
/// self-service kiosk.
class StoreLookupBackend final : public QObject, public LookupBackend
{
    Q_OBJECT
public:
    enum class Audience { SelfService, Staff };

    /// `operatorId` names who acts at a staff kiosk (empty at a self-service kiosk).
    StoreLookupBackend(
        StoreService &store, Audience audience, std::string operatorId, QObject *parent = nullptr);

    void search(const std::string &text, std::function<void(SearchResult)> done) override;
    void selfServiceLookup(const std::string &familyName, const std::string &birthDate,
        std::function<void(SelfServiceLookupResult)> done) override;
    void confirmSelfService(int64_t appointmentId, const std::string &secondFactor,
        std::function<void(SelfServiceConfirmResult)> done) override;
    void admit(int64_t appointmentId, std::function<void(AdmitResult)> done) override;
    void admitByOverride(int64_t appointmentId, core::OverrideReason reason, const std::string &note,
        std::function<void(AdmitResult)> done) override;
    void annul(const std::string &checkInId, core::AnnulReason reason,
        std::function<void(AnnulResult)> done) override;
    void openClearingCase(const core::CaseDetails &details, std::function<void(TicketResult)> done) override;

private:
    template <typename T> void answer(std::function<void(T)> done, T value);

    StoreService &m_store;
    Audience m_audience;
    std::string m_operatorId;
};

} // namespace checkin::app
