// StoreLookupBackend: queued calls to the "lookup" thread, results queued back.
#include "terminal/app/storelookupbackend.h"

#include "offline-cache/store.h"
#include "terminal/core/localtime.h"

#include <QMetaObject>
#include <QPointer>
#include <cctype>

namespace checkin::app {

struct StoreLookupBackend::Worker
{
    std::string path;
    std::string kioskId;
    std::shared_ptr<const core::Clock> clock;
    std::unique_ptr<cache::Store> store;

    /// Opens the store on first use; the kiosk's StoreService has migrated it by then.
    tl::expected<cache::Store *, LookupError> open()
    {
        if (!store) {
            auto opened = cache::Store::open(path);
            if (!opened)
                return tl::unexpected(LookupError{LookupErrorKind::Failed, opened.error().message});
            store = std::move(*opened);
        }
        return store.get();
    }
};

namespace {
// A staff query of digits and date separators only is a date of birth, not a name.
bool looksLikeDate(const std::string &text)
{
    bool digit = false;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digit = true;
        else if (c != '.' && c != '/' && c != '-' && c != ' ')
            return false;
    }
    return digit;
}
} // namespace

StoreLookupBackend::StoreLookupBackend(
    std::string databasePath, std::string kioskId, std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->path = std::move(databasePath);
    m_worker->kioskId = std::move(kioskId);
    m_worker->clock = std::move(clock);
    m_thread.setObjectName(QStringLiteral("lookup"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreLookupBackend::~StoreLookupBackend()
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context, [worker] { worker->store.reset(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreLookupBackend::search(const LookupQuery &query, std::function<void(SearchResult)> done)
{
    auto worker = m_worker;
    QPointer<StoreLookupBackend> self(this);
    QMetaObject::invokeMethod(
        m_context,
        [self, worker, query, done = std::move(done)] {
            SearchResult result = [&]() -> SearchResult {
                auto store = worker->open();
                if (!store)
                    return tl::unexpected(store.error());
                cache::LookupQuery q;
                if (!query.familyName.empty()) {
                    q.name = query.familyName;
                    q.birthDate = query.birthDate;
                } else if (looksLikeDate(query.text)) {
                    q.birthDate = query.text;
                } else {
                    q.name = query.text;
                }
                q.day = core::toLocal(worker->clock->now()).day;
                q.limit = static_cast<size_t>(std::max(1, query.limit));
                auto hits = (*store)->lookup(q);
                if (!hits)
                    return tl::unexpected(LookupError{LookupErrorKind::Failed, hits.error().message});
                std::vector<cache::Appointment> out;
                for (auto &hit : *hits)
                    out.push_back(std::move(hit.appointment));
                return out;
            }();
            QMetaObject::invokeMethod(
                self,
                [self, done, result] {
                    if (self)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreLookupBackend::admit(int64_t, const std::string &, std::function<void(AdmitResult)> done)
{
    done(tl::unexpected(
        LookupError{LookupErrorKind::Unavailable, "admission by lookup needs the on-site resolution flow"}));
}

void StoreLookupBackend::openClearingCase(
    const std::string &familyName, const std::string &birthDate, std::function<void(TicketResult)> done)
{
    auto worker = m_worker;
    QPointer<StoreLookupBackend> self(this);
    QMetaObject::invokeMethod(
        m_context,
        [self, worker, familyName, birthDate, done = std::move(done)] {
            TicketResult result = [&]() -> TicketResult {
                auto store = worker->open();
                if (!store)
                    return tl::unexpected(store.error());
                cache::ClearingCase entry;
                entry.openedAtMs = core::unixMs(worker->clock->now());
                entry.kioskId = worker->kioskId;
                entry.familyName = familyName;
                entry.birthDate = birthDate;
                entry.account = "self-service lookup found no booking";
                auto opened = (*store)->openClearingCase(std::move(entry));
                if (!opened)
                    return tl::unexpected(LookupError{LookupErrorKind::Failed, opened.error().message});
                // The desk finds the case by the last characters of its id; five are plenty per day.
                std::string ticket = opened->id.substr(opened->id.size() > 5 ? opened->id.size() - 5 : 0);
                for (char &c : ticket)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                return "K-" + ticket;
            }();
            QMetaObject::invokeMethod(
                self,
                [self, done, result] {
                    if (self)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace checkin::app
