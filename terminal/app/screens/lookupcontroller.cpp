// LookupController: validates, asks the back end, masks the one hit.
#include "terminal/app/screens/lookupcontroller.h"

#include "terminal/core/localtime.h"

#include <QDate>
#include <QPointer>

namespace checkin::app {

LookupController::LookupController(
    LookupBackend *backend, std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_clock(std::move(clock))
{
    if (!m_backend)
        m_state = QStringLiteral("unavailable");
}

void LookupController::setState(const QString &state)
{
    m_state = state;
    emit stateChanged();
}

QString LookupController::hitGivenName() const
{
    return m_hit ? QString::fromStdString(m_hit->givenName) : QString();
}

QString LookupController::hitFamilyInitial() const
{
    return m_hit ? QString::fromStdString(m_hit->familyName).left(1).toUpper() : QString();
}

QString LookupController::hitBirthYear() const
{
    return m_hit ? QString::fromStdString(m_hit->birthDate).left(4) : QString();
}

QString LookupController::hitTime() const
{
    return m_hit ? QString::fromStdString(core::formatMinute(m_hit->slotStart)) : QString();
}

QDate LookupController::parseBirthDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

void LookupController::search(const QString &familyName, const QString &birthDate)
{
    if (!m_backend) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    if (m_state == QStringLiteral("searching"))
        return;
    const QString name = familyName.simplified();
    const QDate born = parseBirthDate(birthDate);
    m_inputProblem.clear();
    if (name.size() < 2) // invariant 3
        m_inputProblem = QStringLiteral("name-missing");
    else if (!born.isValid() || born.year() < 1900)
        m_inputProblem = QStringLiteral("date-invalid");
    else if (born > QDate::currentDate())
        m_inputProblem = QStringLiteral("date-future");
    if (!m_inputProblem.isEmpty()) {
        setState(QStringLiteral("form"));
        return;
    }
    if (const auto wait = m_guard.waitBefore(m_clock->now()); wait.count() > 0) { // invariant 2
        m_waitSeconds = static_cast<int>(wait.count());
        setState(QStringLiteral("wait"));
        return;
    }
    m_familyName = name;
    m_birthDate = born.toString(Qt::ISODate);
    m_hit.reset();
    setState(QStringLiteral("searching"));
    LookupQuery query;
    query.familyName = name.toStdString();
    query.birthDate = m_birthDate.toStdString();
    query.limit = 2; // two are enough to know it is not exactly one
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    m_backend->search(query, [self, generation](SearchResult result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result) {
            self->setState(result.error().kind == LookupErrorKind::Unavailable ? QStringLiteral("unavailable")
                                                                               : QStringLiteral("not-found"));
            return;
        }
        if (result->size() != 1) { // invariant 1
            self->m_guard.recordMiss(self->m_clock->now());
            self->setState(QStringLiteral("not-found"));
            return;
        }
        self->m_guard.recordHit(self->m_clock->now());
        self->m_hit = result->front();
        self->setState(QStringLiteral("found"));
    });
}

void LookupController::confirm()
{
    if (!m_backend || !m_hit || m_state != QStringLiteral("found"))
        return;
    setState(QStringLiteral("admitting"));
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    m_backend->admit(m_hit->id, {}, [self, generation](AdmitResult verdict) {
        if (!self || generation != self->m_generation)
            return;
        if (!verdict) {
            // The person is found but this kiosk cannot admit by lookup: the desk can.
            self->setState(QStringLiteral("admit-at-desk"));
            return;
        }
        self->startOver();
        emit self->verdictReady(*verdict);
    });
}

void LookupController::requestTicket()
{
    if (!m_backend || (m_state != QStringLiteral("found") && m_state != QStringLiteral("not-found")))
        return;
    setState(QStringLiteral("ticket-wait"));
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    m_backend->openClearingCase(
        m_familyName.toStdString(), m_birthDate.toStdString(), [self, generation](TicketResult ticket) {
            if (!self || generation != self->m_generation)
                return;
            if (!ticket) {
                self->m_ticket.clear();
                self->setState(QStringLiteral("unavailable"));
                return;
            }
            self->m_ticket = QString::fromStdString(*ticket);
            self->setState(QStringLiteral("ticket"));
        });
}

void LookupController::reset()
{
    startOver();
}

void LookupController::startOver()
{
    ++m_generation;
    m_hit.reset();
    m_ticket.clear();
    m_inputProblem.clear();
    m_waitSeconds = 0;
    m_familyName.clear();
    m_birthDate.clear();
    setState(m_backend ? QStringLiteral("form") : QStringLiteral("unavailable"));
}

} // namespace checkin::app
