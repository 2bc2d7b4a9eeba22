// StaffSearchController: queries the back end, turns hits into rows, and runs the staff actions.
#include "terminal/app/screens/staffsearchcontroller.h"

#include "terminal/core/localtime.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>

namespace checkin::app {

static_assert(static_cast<int>(StaffSearchController::RowStatus::OtherCenter)
    == static_cast<int>(core::SearchStatus::OtherCenter));
static_assert(static_cast<int>(StaffSearchController::OverrideChoice::OtherCenterAccepted)
    == static_cast<int>(core::OverrideReason::OtherCenterAccepted));
static_assert(static_cast<int>(StaffSearchController::AnnulChoice::WrongPerson)
    == static_cast<int>(core::AnnulReason::WrongPerson));
static_assert(static_cast<int>(StaffSearchController::NamePrivacy::NamesOnHold)
    == static_cast<int>(core::NamePrivacy::OnHold));

namespace {

QString dayText(const std::string &iso)
{
    const QDate d = QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QVariantMap rowOf(const core::StaffHit &hit)
{
    const auto &a = hit.appointment;
    QVariantMap row{{QStringLiteral("id"), QVariant::fromValue<qint64>(a.id)},
        {QStringLiteral("name"), QString::fromStdString(a.givenName + " " + a.familyName)},
        {QStringLiteral("maskedName"), QString::fromStdString(core::initials(a))},
        {QStringLiteral("birthDate"), dayText(a.birthDate)},
        {QStringLiteral("bookingRef"), QString::fromStdString(a.bookingRef)},
        {QStringLiteral("day"), dayText(a.day)},
        {QStringLiteral("slot"), QString::fromStdString(core::formatMinute(a.slotStart))},
        {QStringLiteral("status"), static_cast<int>(hit.status)},
        {QStringLiteral("annullable"), hit.annullable}};
    if (hit.checkIn) {
        row.insert(QStringLiteral("checkedInAt"),
            QDateTime::fromMSecsSinceEpoch(hit.checkIn->scannedAtMs).toString(QStringLiteral("HH:mm")));
        row.insert(QStringLiteral("checkedInKiosk"), QString::fromStdString(hit.checkIn->kioskId));
        row.insert(QStringLiteral("checkInId"), QString::fromStdString(hit.checkIn->id));
    }
    return row;
}

QString caseProblemKey(const TicketError &error)
{
    if (!error.problem)
        return QStringLiteral("case-failed");
    switch (*error.problem) {
    case cache::CaseDetailsProblem::FamilyNameMissing:
        return QStringLiteral("case-name-missing");
    case cache::CaseDetailsProblem::BirthDateInvalid:
        return QStringLiteral("case-date-invalid");
    case cache::CaseDetailsProblem::TooLong:
        return QStringLiteral("case-too-long");
    }
    return QStringLiteral("case-failed");
}

/// The form's start from the words of a search that found nothing: digits and date separators
/// are the date of birth as typed, letters a name (the last word the family name); a booking
/// reference (letters and digits) is neither.
QVariantMap draftOf(const QString &query)
{
    QStringList names;
    QString birthDate;
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool digits = false;
        bool letters = false;
        bool dateMarks = true;
        for (const QChar c : word) {
            digits = digits || c.isDigit();
            letters = letters || c.isLetter();
            dateMarks = dateMarks
                && (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'));
        }
        if (digits && dateMarks)
            birthDate = word;
        else if (letters && !digits)
            names << word;
    }
    const QString family = names.isEmpty() ? QString() : names.takeLast();
    return {{QStringLiteral("givenName"), names.join(QLatin1Char(' '))},
        {QStringLiteral("familyName"), family}, {QStringLiteral("birthDate"), birthDate}};
}

} // namespace

StaffSearchController::StaffSearchController(LookupBackend *backend, QObject *parent)
    : StaffSearchController(backend, Options{}, parent)
{ }

StaffSearchController::StaffSearchController(LookupBackend *backend, Options options, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_options(options)
    , m_namesShown(options.names != core::NamePrivacy::OnHold)
{
    m_nameTimer.setSingleShot(true);
    m_nameTimer.setInterval(std::max(1, m_options.nameSeconds) * 1000);
    connect(&m_nameTimer, &QTimer::timeout, this, &StaffSearchController::hideNames);
}

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
    runSearch(query);
}

void StaffSearchController::runSearch(const QString &query)
{
    if (!m_backend) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    m_lastQuery = query;
    m_results.clear();
    setState(QStringLiteral("searching"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->search(query.toStdString(), [self, generation](SearchResult result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result) {
            self->setState(result.error().kind == LookupErrorKind::Unavailable ? QStringLiteral("unavailable")
                                                                               : QStringLiteral("failed"));
            return;
        }
        QVariantList rows;
        for (const auto &hit : *result)
            rows << rowOf(hit);
        self->m_results = rows;
        // Invariant 4: a new list shows its names for a while (or not at all, on hold).
        self->m_revealedId = 0;
        self->m_namesShown = self->m_options.names != core::NamePrivacy::OnHold;
        if (self->m_options.names == core::NamePrivacy::Briefly)
            self->m_nameTimer.start();
        emit self->namesChanged();
        self->setState(rows.isEmpty() ? QStringLiteral("empty") : QStringLiteral("results"));
    });
}

void StaffSearchController::checkIn(qint64 appointmentId, bool idChecked)
{
    if (!idChecked) { // invariant 2
        setState(m_state, QStringLiteral("id-not-checked"));
        return;
    }
    if (!m_backend) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    setState(QStringLiteral("admitting"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->admit(appointmentId, [self, generation](AdmitResult verdict) {
        if (self)
            self->finishAdmit(generation, std::move(verdict));
    });
}

void StaffSearchController::overrideAdmit(qint64 appointmentId, int choice, const QString &note)
{
    if (!m_backend || choice < 0 || choice > static_cast<int>(OverrideChoice::OtherCenterAccepted))
        return;
    setState(QStringLiteral("admitting"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->admitByOverride(appointmentId, static_cast<core::OverrideReason>(choice),
        note.simplified().left(static_cast<int>(core::kMaxOverrideNote)).toStdString(),
        [self, generation](AdmitResult verdict) {
            if (self)
                self->finishAdmit(generation, std::move(verdict));
        });
}

void StaffSearchController::finishAdmit(int generation, AdmitResult verdict)
{
    if (generation != m_generation)
        return;
    if (!verdict) {
        setState(QStringLiteral("results"),
            verdict.error().kind == LookupErrorKind::Unavailable ? QStringLiteral("admit-unavailable")
                                                                 : QStringLiteral("admit-failed"));
        return;
    }
    // The rows stay: after the verdict staff come back to the same search (refreshed).
    setState(m_results.isEmpty() ? QStringLiteral("idle") : QStringLiteral("results"));
    emit verdictReady(*verdict);
    if (!m_lastQuery.isEmpty())
        runSearch(m_lastQuery);
}

void StaffSearchController::annul(const QString &checkInId, int choice)
{
    if (!m_backend || checkInId.isEmpty() || choice < 0
        || choice > static_cast<int>(AnnulChoice::WrongPerson))
        return;
    setState(QStringLiteral("annulling"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->annul(checkInId.toStdString(), static_cast<core::AnnulReason>(choice),
        [self, generation](AnnulResult done) {
            if (!self || generation != self->m_generation)
                return;
            if (!done) {
                self->setState(self->m_results.isEmpty() ? QStringLiteral("idle") : QStringLiteral("results"),
                    QStringLiteral("annul-refused"));
                return;
            }
            emit self->checkInAnnulled();
            if (self->m_lastQuery.isEmpty())
                self->setState(QStringLiteral("idle"));
            else
                self->runSearch(self->m_lastQuery);
        });
}

void StaffSearchController::reveal(qint64 appointmentId)
{
    if (m_options.names != core::NamePrivacy::OnHold)
        return;
    m_revealedId = appointmentId;
    emit namesChanged();
}

void StaffSearchController::conceal()
{
    if (m_revealedId == 0)
        return;
    m_revealedId = 0;
    emit namesChanged();
}

void StaffSearchController::hideNames()
{
    m_nameTimer.stop();
    if (!m_namesShown)
        return;
    m_namesShown = false;
    emit namesChanged();
}

bool StaffSearchController::busy() const
{
    return m_state == QStringLiteral("searching") || m_state == QStringLiteral("admitting")
        || m_state == QStringLiteral("annulling") || m_state == QStringLiteral("case-opening");
}

void StaffSearchController::startCase()
{
    if (busy() || m_state == QStringLiteral("case-form"))
        return;
    ++m_generation; // a search still answering no longer applies
    m_ticket.clear();
    m_caseDraft = draftOf(m_lastQuery);
    setState(QStringLiteral("case-form"));
}

void StaffSearchController::openCase(const QString &givenName, const QString &familyName,
    const QString &birthDate, const QString &contact, const QString &account)
{
    if (m_state != QStringLiteral("case-form"))
        return;
    if (!m_backend) {
        setState(QStringLiteral("case-form"), QStringLiteral("case-failed"));
        return;
    }
    core::CaseDetails details{givenName.simplified().toStdString(), familyName.simplified().toStdString(),
        birthDate.simplified().toStdString(), contact.simplified().toStdString(),
        account.trimmed().toStdString()};
    // What was typed stays in the form when the rule refuses it.
    m_caseDraft = {{QStringLiteral("givenName"), givenName}, {QStringLiteral("familyName"), familyName},
        {QStringLiteral("birthDate"), birthDate}, {QStringLiteral("contact"), contact},
        {QStringLiteral("account"), account}};
    setState(QStringLiteral("case-opening"));
    QPointer<StaffSearchController> self(this);
    const int generation = ++m_generation;
    m_backend->openClearingCase(details, [self, generation](TicketResult ticket) {
        if (!self || generation != self->m_generation)
            return;
        if (!ticket) {
            self->setState(QStringLiteral("case-form"), caseProblemKey(ticket.error()));
            return;
        }
        self->m_ticket = QString::fromStdString(*ticket);
        self->m_caseDraft.clear(); // the details are queued for the hub; the screen forgets them
        self->setState(QStringLiteral("case-opened"));
    });
}

void StaffSearchController::cancelCase()
{
    if (m_state != QStringLiteral("case-form") && m_state != QStringLiteral("case-opened"))
        return;
    ++m_generation;
    m_ticket.clear();
    m_caseDraft.clear();
    setState(m_results.isEmpty() ? (m_lastQuery.isEmpty() ? QStringLiteral("idle") : QStringLiteral("empty"))
                                 : QStringLiteral("results"));
}

void StaffSearchController::reset()
{
    ++m_generation;
    m_results.clear();
    m_ticket.clear();
    m_caseDraft.clear();
    m_lastQuery.clear();
    m_revealedId = 0;
    m_nameTimer.stop();
    setState(QStringLiteral("idle"));
}

} // namespace checkin::app
