// PrintController: builds slips from the verdict and the lookup, and follows the printer's answer.
#include "terminal/app/screens/printcontroller.h"

#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/core/localtime.h"

#include <QCoreApplication>

namespace checkin::app {

PrintController::PrintController(SlipPrinter *printer, const KioskController *kiosk,
    const LookupController *lookup, const StaffSearchController *staffSearch,
    std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_kiosk(kiosk)
    , m_lookup(lookup)
    , m_staffSearch(staffSearch)
    , m_clock(std::move(clock))
{
    if (m_printer) {
        connect(m_printer, &SlipPrinter::printed, this, [this] { setState(QStringLiteral("printed")); });
        connect(m_printer, &SlipPrinter::printFailed, this, [this] { setState(QStringLiteral("failed")); });
    }
}

void PrintController::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void PrintController::reset()
{
    setState(QStringLiteral("idle"));
}

Slip PrintController::checkInSlip()
{
    const core::LocalTime now = core::toLocal(m_clock->now());
    if (QString::fromStdString(now.day) != m_queueDay) { // rule 4
        m_queueDay = QString::fromStdString(now.day);
        m_queueNumber = 0;
    }
    Slip slip;
    slip.jobName = QStringLiteral("check-in-slip");
    //: Check-in slip (paper): heading.
    slip.heading = QCoreApplication::translate("PrintController", "Checked in");
    //: Check-in slip: %1 is the time of the check-in (HH:mm).
    slip.lines << QCoreApplication::translate("PrintController", "Time: %1")
                      .arg(QString::fromStdString(core::formatMinute(now.minuteOfDay)));
    //: Check-in slip: %1 are the person's initials, for example "A. M.".
    slip.lines << QCoreApplication::translate("PrintController", "Initials: %1").arg(m_kiosk->initials());
    //: Check-in slip: %1 is the appointment time (HH:mm).
    slip.lines << QCoreApplication::translate("PrintController", "Appointment: %1").arg(m_kiosk->slotTime());
    //: Check-in slip: where to go next.
    slip.lines << QCoreApplication::translate(
        "PrintController", "Next: the waiting area. Please keep this slip.");
    //: Check-in slip: label above the queue number.
    slip.lines << QCoreApplication::translate("PrintController", "Your queue number:");
    slip.bigNumber = QString::number(++m_queueNumber);
    return slip;
}

Slip PrintController::clearingTicket() const
{
    const core::LocalTime now = core::toLocal(m_clock->now());
    Slip slip;
    slip.jobName = QStringLiteral("clearing-ticket");
    //: Clearing ticket (paper): heading.
    slip.heading = QCoreApplication::translate("PrintController", "Ticket for the desk");
    //: Clearing ticket: %1 is the time it was printed (HH:mm).
    slip.lines << QCoreApplication::translate("PrintController", "Time: %1")
                      .arg(QString::fromStdString(core::formatMinute(now.minuteOfDay)));
    //: Clearing ticket: what to do with it.
    slip.lines << QCoreApplication::translate(
        "PrintController", "Please show this ticket at the desk. The staff will sort out your booking.");
    slip.bigNumber = shownTicket();
    slip.code = slip.bigNumber;
    return slip;
}

void PrintController::send(const Slip &slip)
{
    if (!available())
        return; // rule 1
    setState(QStringLiteral("printing"));
    m_printer->print(slip);
}

void PrintController::printCheckInSlip()
{
    if (m_kiosk->family() == QStringLiteral("pass"))
        send(checkInSlip());
}

QString PrintController::shownTicket() const
{
    if (m_staffSearch && m_staffSearch->state() == QStringLiteral("case-opened"))
        return m_staffSearch->ticket();
    return m_lookup ? m_lookup->ticketNumber() : QString();
}

void PrintController::printClearingTicket()
{
    if (!shownTicket().isEmpty())
        send(clearingTicket());
}

} // namespace checkin::app
