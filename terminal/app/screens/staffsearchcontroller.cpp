// StaffSearchController: queries the back end and turns hits into rows for the list.
#include "terminal/app/screens/staffsearchcontroller.h"

#include "terminal/core/localtime.h"

#include <QDate>
#include <QPointer>

namespace checkin::app {

StaffSearchController::StaffSearchController(LookupBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{ }

void StaffSearchController::setState(const QString &state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

void StaffSearchController::search(const QString &text)
{
    const QString query = text.simplified();
    if (query.size() < kMinQuery) { // invariant 1
        setState(m_state == QStringLiteral("searching") ? QStringLiteral("idle") : m_state,
            QStringLiteral("query-short"));
        return;
    }
    if (!m_backend) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    m_results.clear();
    setState(QStringLiteral("searching"));
    LookupQuery q;
    q.text = query.toStdString();
    q.limit = 20;
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->search(q, [self, generation](SearchResult result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result) {
            self->setState(result.error().kind == LookupErrorKind::Unavailable ? QStringLiteral("unavailable")
                                                                               : QStringLiteral("failed"));
            return;
        }
        QVariantList rows;
        for (const auto &a : *result) {
            const QDate born = QDate::fromString(QString::fromStdString(a.birthDate), Qt::ISODate);
            rows << QVariantMap{{QStringLiteral("id"), QVariant::fromValue<qint64>(a.id)},
                {QStringLiteral("name"), QString::fromStdString(a.givenName + " " + a.familyName)},
                {QStringLiteral("birthDate"), born.toString(QStringLiteral("dd.MM.yyyy"))},
                {QStringLiteral("bookingRef"), QString::fromStdString(a.bookingRef)},
                {QStringLiteral("slot"), QString::fromStdString(core::formatMinute(a.slotStart))},
                {QStringLiteral("status"),
                    a.status == cache::AppointmentStatus::Confirmed       ? QStringLiteral("confirmed")
                        : a.status == cache::AppointmentStatus::Cancelled ? QStringLiteral("cancelled")
                                                                          : QStringLiteral("pending")}};
        }
        self->m_results = rows;
        self->setState(rows.isEmpty() ? QStringLiteral("empty") : QStringLiteral("results"));
    });
}

void StaffSearchController::checkIn(qint64 appointmentId, bool idChecked)
{
    if (!idChecked) { // invariant 2
        setState(m_state, QStringLiteral("id-not-checked"));
        return;
    }
    admit(appointmentId, {});
}

void StaffSearchController::overrideAdmit(qint64 appointmentId, const QString &reason)
{
    if (reason.simplified().size() < kMinReason) { // invariant 3
        setState(m_state, QStringLiteral("reason-missing"));
        return;
    }
    admit(appointmentId, reason.simplified());
}

void StaffSearchController::admit(qint64 appointmentId, const QString &reason)
{
    if (!m_backend) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    setState(QStringLiteral("admitting"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->admit(appointmentId, reason.toStdString(), [self, generation](AdmitResult verdict) {
        if (!self || generation != self->m_generation)
            return;
        if (!verdict) {
            self->setState(QStringLiteral("results"),
                verdict.error().kind == LookupErrorKind::Unavailable ? QStringLiteral("admit-unavailable")
                                                                     : QStringLiteral("admit-failed"));
            return;
        }
        self->reset();
        emit self->verdictReady(*verdict);
    });
}

void StaffSearchController::reset()
{
    ++m_generation;
    m_results.clear();
    setState(QStringLiteral("idle"));
}

} // namespace checkin::app
