// PrintController: the "print slip" and "print ticket" buttons, and what goes on the paper.
#pragma once

#include "terminal/app/services/slipprinter.h"
#include "terminal/core/clock.h"

#include <QObject>
#include <memory>

namespace checkin::app {

class KioskController;
class LookupController;
class StaffSearchController;

/// Lives on the GUI thread. Rules:
///  1. Without a configured printer, available is false: no print button shows and no text
///     promises paper.
///  2. A check-in slip is offered only for a PASS; it carries the time, the initials (never the
///     name), the appointment time, the next station and a queue number.
///  3. A clearing ticket carries the ticket number the desk resolves, as number and QR code, and
///     the time: the one on screen, from the self-service lookup or the staff's new case.
///  4. Queue numbers count up from 1 each local day at this kiosk. They are kept in memory: a
///     restart starts again at 1, so the desk reads them together with the printed time.
class PrintController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)

public:
    PrintController(SlipPrinter *printer, const KioskController *kiosk, const LookupController *lookup,
        const StaffSearchController *staffSearch, std::shared_ptr<const core::Clock> clock,
        QObject *parent = nullptr);

    bool available() const { return m_printer && m_printer->configured(); }
    /// "idle", "printing", "printed", "failed".
    QString state() const { return m_state; }

    /// The slip of the PASS on screen (rule 2); built in the current language.
    Slip checkInSlip();
    Slip clearingTicket() const;

    Q_INVOKABLE void printCheckInSlip();
    Q_INVOKABLE void printClearingTicket();

public slots:
    /// A new verdict or screen: the last print's state no longer applies.
    void reset();

signals:
    void stateChanged();

private:
    void send(const Slip &slip);
    /// The ticket on screen (rule 3), or empty.
    QString shownTicket() const;
    void setState(const QString &state);
    SlipPrinter *m_printer;
    const KioskController *m_kiosk;
    const LookupController *m_lookup;
    const StaffSearchController *m_staffSearch;
    std::shared_ptr<const core::Clock> m_clock;
    QString m_state = QStringLiteral("idle");
    QString m_queueDay;
    int m_queueNumber = 0;
};

} // namespace checkin::app
