// StoreLookupBackend: the lookup and search screens' back end over the offline cache.
#pragma once

#include "terminal/app/lookupbackend.h"
#include "terminal/core/clock.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread; every store access runs on its own "lookup" thread with its own
/// connection to the cache file (SQLite serializes the writers), opened on first use. Results
/// come back to the GUI thread. What it does with what main has today:
///  - search: the cache's ranked lookup (name parts, date of birth, booking reference), today only;
///  - openClearingCase: a real clearing case in the store (queued for the hub by the outbox);
///  - admit: refused with Unavailable: admitting by lookup needs the on-site resolution flow
///    (rules for a booking found without its code), which is not in main yet.
class StoreLookupBackend final : public QObject, public LookupBackend
{
    Q_OBJECT
public:
    StoreLookupBackend(std::string databasePath, std::string kioskId,
        std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);
    ~StoreLookupBackend() override;

    void search(const LookupQuery &query, std::function<void(SearchResult)> done) override;
    void admit(int64_t appointmentId, const std::string &overrideReason,
        std::function<void(AdmitResult)> done) override;
    void openClearingCase(const std::string &familyName, const std::string &birthDate,
        std::function<void(TicketResult)> done) override;

private:
    struct Worker;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread
    std::shared_ptr<Worker> m_worker;
};

} // namespace checkin::app
