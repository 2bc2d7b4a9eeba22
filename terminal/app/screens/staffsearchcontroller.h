// StaffSearchController: the staff search field, its result list, check-in and override.
#pragma once

#include "terminal/app/services/lookupbackend.h"

#include <QObject>
#include <QString>
#include <QVariantList>

namespace checkin::app {

/// Lives on the GUI thread. States: "idle" → "searching" → "results" | "empty" | "failed" |
/// "unavailable"; then "admitting" → verdict. Invariants:
///  1. A query needs at least kMinQuery characters (a single letter would list half the day).
///  2. Check-in from a result needs the staff's confirmation that the ID was checked.
///  3. An override needs a reason of at least kMinReason characters; it is stored with the
///     check-in by the back end.
class StaffSearchController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)

public:
    static constexpr int kMinQuery = 2;
    static constexpr int kMinReason = 5;

    explicit StaffSearchController(LookupBackend *backend, QObject *parent = nullptr);

    QString state() const { return m_state; }
    /// [{id, name, birthDate, bookingRef, slot, status}]
    QVariantList results() const { return m_results; }
    /// "" | "query-short" | "id-not-checked" | "reason-missing" | "admit-unavailable" | "admit-failed"
    QString problem() const { return m_problem; }

    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void checkIn(qint64 appointmentId, bool idChecked);
    Q_INVOKABLE void overrideAdmit(qint64 appointmentId, const QString &reason);

public slots:
    void reset();

signals:
    void stateChanged();
    void verdictReady(const checkin::core::Verdict &verdict);

private:
    void setState(const QString &state, const QString &problem = {});
    void admit(qint64 appointmentId, const QString &reason);
    LookupBackend *m_backend;
    QString m_state = QStringLiteral("idle");
    QString m_problem;
    QVariantList m_results;
    int m_generation = 0;
};

} // namespace checkin::app
