// LookupController: the self-service "I have no code" flow, from name and birth date to a verdict
// or a clearing ticket.
#pragma once

#include "terminal/app/services/lookupbackend.h"
#include "terminal/core/clock.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread. States: "form" → "searching" → "found" | "admit-at-desk" | "not-found" |
/// "wait"; a hit is "found" only when the policy asks for a second factor (else "admit-at-desk");
/// "found" → "factor" → "admitting" → verdict | "admit-at-desk"; "not-found" | "found" | "factor" →
/// "ticket-wait" → "ticket"; "unavailable" when the kiosk has no lookup back end. Invariants:
///  1. A citizen sees at most one person, masked on the store thread ("Anna M., born 1950, 10:30").
///  2. The one guard is on the store thread (OnSiteResolution): "wait" comes from there, and this
///     controller counts nothing itself.
///  3. A tap alone admits nobody: "Yes, that is me" leads to the desk or to the second factor, and
///     only the store thread decides whether the factor admits.
///  4. Input is validated here, not in QML: a family name of at least two letters and a real
///     date of birth in the past (DD.MM.YYYY, D.M.YYYY or YYYY-MM-DD).
class LookupController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString inputProblem READ inputProblem NOTIFY stateChanged)
    Q_PROPERTY(QString hitGivenName READ hitGivenName NOTIFY stateChanged)
    Q_PROPERTY(QString hitFamilyInitial READ hitFamilyInitial NOTIFY stateChanged)
    Q_PROPERTY(QString hitBirthYear READ hitBirthYear NOTIFY stateChanged)
    Q_PROPERTY(QString hitTime READ hitTime NOTIFY stateChanged)
    Q_PROPERTY(QString ticketNumber READ ticketNumber NOTIFY stateChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY stateChanged)
    Q_PROPERTY(SecondFactor secondFactor READ secondFactor NOTIFY stateChanged)

public:
    /// What the person is asked after "Yes, that is me" (core::SelfServiceConfirm).
    enum class SecondFactor { NoFactor, PostalCode, BookingReference };
    Q_ENUM(SecondFactor)

    /// `backend` may be null (no store on this kiosk): the flow then says "ask the staff".
    LookupController(
        LookupBackend *backend, std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);

    QString state() const { return m_state; }
    /// "" | "name-missing" | "date-invalid" | "date-future"
    QString inputProblem() const { return m_inputProblem; }
    QString hitGivenName() const;
    QString hitFamilyInitial() const;
    QString hitBirthYear() const;
    QString hitTime() const;
    QString ticketNumber() const { return m_ticket; }
    int waitSeconds() const { return m_waitSeconds; }
    SecondFactor secondFactor() const { return m_secondFactor; }

    /// Parses a typed date of birth; an invalid QDate when it is not one.
    static QDate parseBirthDate(const QString &text);

    Q_INVOKABLE void search(const QString &familyName, const QString &birthDate);
    /// "Yes, that is me": on to the second factor (invariant 3).
    Q_INVOKABLE void confirm();
    /// The postal code or booking reference the person typed.
    Q_INVOKABLE void submitFactor(const QString &text);
    /// "That is not me" / nothing found: open a clearing case and show the ticket.
    Q_INVOKABLE void requestTicket();

public slots:
    /// The session ended (idle reset): an empty form (the guard keeps counting).
    void reset();
    /// The lookup screen opened again: an empty form.
    void startOver();

signals:
    void stateChanged();
    void verdictReady(const checkin::core::Verdict &verdict);

private:
    void setState(const QString &state);
    LookupBackend *m_backend;
    QString m_state = QStringLiteral("form");
    QString m_inputProblem;
    QString m_familyName;
    QString m_birthDate; ///< ISO
    std::optional<cache::Appointment> m_hit;
    QString m_ticket;
    std::shared_ptr<const core::Clock> m_clock;
    int m_waitSeconds = 0;
    SecondFactor m_secondFactor = SecondFactor::NoFactor;
    int m_generation = 0; ///< answers for an earlier session are dropped
};

} // namespace checkin::app
