// LookupController: validates, asks the back end, masks the one hit.
#include "terminal/app/screens/lookupcontroller.h"

#include "terminal/core/localtime.h"

#include <QDate>
#include <QDateTime>
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
    // Masked on the store thread already (core::masked): shown as it came.
    return m_hit ? QString::fromStdString(m_hit->familyName) : QString();
}

QString LookupController::hitBirthYear() const
{
    return m_hit ? QString::fromStdString(m_hit->birthDate) : QString();
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
    const QDate today = QDateTime::fromMSecsSinceEpoch(core::unixMs(m_clock->now())).date();
    if (name.size() < 2) // invariant 4
        m_inputProblem = QStringLiteral("name-missing");
    else if (!born.isValid() || born.year() < 1900)
        m_inputProblem = QStringLiteral("date-invalid");
    else if (born > today)
        m_inputProblem = QStringLiteral("date-future");
    if (!m_inputProblem.isEmpty()) {
        setState(QStringLiteral("form"));
        return;
    }
    m_familyName = name;
    m_birthDate = born.toString(Qt::ISODate);
    m_hit.reset();
    setState(QStringLiteral("searching"));
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    m_backend->selfServiceLookup(
        name.toStdString(), m_birthDate.toStdString(), [self, generation](SelfServiceLookupResult result) {
            if (!self || generation != self->m_generation)
                return;
            if (!result) {
                self->setState(result.error().kind == LookupErrorKind::Unavailable
                        ? QStringLiteral("unavailable")
                        : QStringLiteral("not-found"));
                return;
            }
            switch (result->answer) {
            case core::SelfServiceAnswer::Found:
                self->m_hit = result->hit;
                self->m_secondFactor = result->confirm == core::SelfServiceConfirm::PostalCode
                    ? SecondFactor::PostalCode
                    : result->confirm == core::SelfServiceConfirm::BookingReference
                    ? SecondFactor::BookingReference
                    : SecondFactor::NoFactor;
                // Without a second factor a hit admits nobody here: straight to the desk (invariant 3).
                self->setState(!self->m_hit                              ? QStringLiteral("not-found")
                        : self->m_secondFactor == SecondFactor::NoFactor ? QStringLiteral("admit-at-desk")
                                                                         : QStringLiteral("found"));
                return;
            case core::SelfServiceAnswer::Wait:
                self->m_waitSeconds = static_cast<int>(result->wait.count());
                self->setState(QStringLiteral("wait"));
                return;
            case core::SelfServiceAnswer::InvalidDate:
                self->m_inputProblem = QStringLiteral("date-invalid");
                self->setState(QStringLiteral("form"));
                return;
            case core::SelfServiceAnswer::SeeStaff:
                self->setState(QStringLiteral("not-found"));
                return;
            }
        });
}

void LookupController::confirm()
{
    if (!m_backend || !m_hit || m_state != QStringLiteral("found")
        || m_secondFactor == SecondFactor::NoFactor)
        return;
    setState(QStringLiteral("factor"));
}

void LookupController::submitFactor(const QString &text)
{
    if (!m_backend || !m_hit || m_state != QStringLiteral("factor"))
        return;
    setState(QStringLiteral("admitting"));
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    m_backend->confirmSelfService(
        m_hit->id, text.simplified().toStdString(), [self, generation](SelfServiceConfirmResult verdict) {
            if (!self || generation != self->m_generation)
                return;
            if (!verdict || !*verdict) {
                // Found, but not admitted here: the staff at the desk check the ID and check in.
                self->setState(QStringLiteral("admit-at-desk"));
                return;
            }
            const core::Verdict v = **verdict;
            self->startOver();
            emit self->verdictReady(v);
        });
}

void LookupController::requestTicket()
{
    if (!m_backend
        || (m_state != QStringLiteral("found") && m_state != QStringLiteral("not-found")
            && m_state != QStringLiteral("factor")))
        return;
    setState(QStringLiteral("ticket-wait"));
    QPointer<LookupController> self(this);
    const int generation = m_generation;
    core::CaseDetails details;
    details.familyName = m_familyName.toStdString();
    details.birthDate = m_birthDate.toStdString();
    m_backend->openClearingCase(details, [self, generation](TicketResult ticket) {
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
    m_secondFactor = SecondFactor::NoFactor;
    m_familyName.clear();
    m_birthDate.clear();
    setState(m_backend ? QStringLiteral("form") : QStringLiteral("unavailable"));
}

} // namespace checkin::app
