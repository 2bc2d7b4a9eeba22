// StaffSearchController: the staff search, its rows, and every staff action on a booking: check-in
// after an ID check, the override with its reason key, and the annulment; and, when no booking
// matches, the clearing case opened at the door.
#pragma once

#include "terminal/app/services/lookupbackend.h"
#include "terminal/core/config.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace checkin::app {

/// Lives on the GUI thread. States: "idle" → "searching" → "results" | "empty" | "failed" |
/// "unavailable"; then "admitting" | "annulling" → a verdict (shown by the KioskController) or
/// back to "results" with a problem. From any of these but the busy ones, startCase() →
/// "case-form" → openCase() → "case-opening" → "case-opened" (the ticket), or back to "case-form"
/// with a problem; cancelCase() returns to the search. Invariants:
///  1. A query needs at least kMinQuery characters (a single letter would list half the day).
///  2. Check-in from a result needs the staff's confirmation that the ID was checked.
///  3. An override carries one of the fixed reason keys (OverrideChoice) and at most
///     core::kMaxOverrideNote characters of note; the store thread decides whether it fits.
///  4. Names in the rows follow the config (core::NamePrivacy): always shown, shown for a short
///     time after each search, or only while staff hold a row down (a screen the queue can read).
///  5. A case is opened only with details that pass the one rule for new cases
///     (cache::checkCaseDetails, applied on the store thread); the form keeps what was typed.
class StaffSearchController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool namesShown READ namesShown NOTIFY namesChanged)
    Q_PROPERTY(qint64 revealedId READ revealedId NOTIFY namesChanged)
    Q_PROPERTY(NamePrivacy namePrivacy READ namePrivacy CONSTANT)
    Q_PROPERTY(QString ticket READ ticket NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap caseDraft READ caseDraft NOTIFY stateChanged)

public:
    static constexpr int kMinQuery = 2;

    /// The status of a row (core::SearchStatus, same numbers).
    enum class RowStatus { Confirmed = 0, NeverConfirmed, CheckedIn, Cancelled, OtherCenter };
    Q_ENUM(RowStatus)
    /// Why staff admit against the rules (core::OverrideReason, same numbers).
    enum class OverrideChoice { LateAccepted = 0, EarlyAccepted, OtherDayAccepted, OtherCenterAccepted };
    Q_ENUM(OverrideChoice)
    /// Why staff annul a check-in (core::AnnulReason, same numbers).
    enum class AnnulChoice { ScannedByMistake = 0, WrongPerson };
    Q_ENUM(AnnulChoice)
    /// core::NamePrivacy, same numbers.
    enum class NamePrivacy { NamesShown = 0, NamesBriefly, NamesOnHold };
    Q_ENUM(NamePrivacy)

    struct Options
    {
        core::NamePrivacy names = core::NamePrivacy::Shown;
        int nameSeconds = 20;
    };

    explicit StaffSearchController(LookupBackend *backend, QObject *parent = nullptr);
    StaffSearchController(LookupBackend *backend, Options options, QObject *parent = nullptr);

    QString state() const { return m_state; }
    /// [{id, name, maskedName, birthDate, bookingRef, day, slot, status (RowStatus), checkedInAt,
    ///   checkedInKiosk, checkInId, annullable}]
    QVariantList results() const { return m_results; }
    /// "" | "query-short" | "id-not-checked" | "admit-unavailable" | "admit-failed" | "annul-refused"
    /// | "case-name-missing" | "case-date-invalid" | "case-too-long" | "case-failed"
    QString problem() const { return m_problem; }
    /// "case-opened": the ticket number the person takes to the desk ("K-XXXXX-XXXXX").
    QString ticket() const { return m_ticket; }
    /// "case-form": what the form starts with, from the last search ({givenName, familyName,
    /// birthDate}: the words of the query that read as a date go to the date of birth).
    QVariantMap caseDraft() const { return m_caseDraft; }
    bool namesShown() const { return m_namesShown; }
    qint64 revealedId() const { return m_revealedId; }
    NamePrivacy namePrivacy() const { return static_cast<NamePrivacy>(m_options.names); }

    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void checkIn(qint64 appointmentId, bool idChecked);
    /// Admit against the verdict the rules gave this booking (invariant 3).
    Q_INVOKABLE void overrideAdmit(qint64 appointmentId, int choice, const QString &note);
    /// Annul a check-in made by mistake.
    Q_INVOKABLE void annul(const QString &checkInId, int choice);
    /// Press-and-hold on a row shows its name while held (invariant 4).
    Q_INVOKABLE void reveal(qint64 appointmentId);
    Q_INVOKABLE void conceal();
    /// Nobody matches: staff open a clearing case for the person in front of them.
    Q_INVOKABLE void startCase();
    /// The details the person gives (invariant 5); `contact` and `account` may be empty.
    Q_INVOKABLE void openCase(const QString &givenName, const QString &familyName, const QString &birthDate,
        const QString &contact, const QString &account);
    Q_INVOKABLE void cancelCase();
    /// The name timer ran out (its slot; public so tests need not wait).
    void hideNames();

public slots:
    void reset();

signals:
    void stateChanged();
    void namesChanged();
    /// A check-in or override from here decided: the kiosk shows it as a staff verdict.
    void verdictReady(const checkin::core::Verdict &verdict);
    /// A check-in was annulled: the verdict that showed it closes.
    void checkInAnnulled();

private:
    void setState(const QString &state, const QString &problem = {});
    void finishAdmit(int generation, AdmitResult verdict);
    void runSearch(const QString &query);
    bool busy() const;
    LookupBackend *m_backend;
    Options m_options;
    QString m_state = QStringLiteral("idle");
    QString m_problem;
    QString m_lastQuery;
    QVariantList m_results;
    QString m_ticket;
    QVariantMap m_caseDraft;
    int m_generation = 0;
    bool m_namesShown = true;
    qint64 m_revealedId = 0;
    QTimer m_nameTimer;
};

} // namespace checkin::app
