// Verdict texts: the title and the next step of every reason, translated; shown and spoken.
#include "terminal/app/screens/verdicttexts.h"

#include <QCoreApplication>

namespace checkin::app {

// The context "Reasons" keeps the translations the screens had when these texts lived in QML.

bool carriesSomethingToRemember(core::Reason reason)
{
    return reason == core::Reason::WrongDay || reason == core::Reason::TooEarly
        || reason == core::Reason::TooEarlyWait;
}

QString verdictTitle(core::Reason reason)
{
    using R = core::Reason;
    switch (reason) {
    case R::Admitted:
        //: Verdict title: the person may enter.
        return QCoreApplication::translate("Reasons", "Welcome – please go ahead");
    case R::AdmittedLate:
        //: Verdict title: admitted although after the appointment time.
        return QCoreApplication::translate("Reasons", "Welcome – please go ahead");
    case R::AdmittedNotYetSynced:
        //: Verdict title: admitted; the booking is newer than the kiosk's data.
        return QCoreApplication::translate("Reasons", "Welcome – please go ahead");
    case R::AdmittedAgain:
        //: Verdict title: the same person was just admitted at this kiosk and scanned again.
        return QCoreApplication::translate("Reasons", "Welcome – please go ahead");
    case R::AdmittedByStaff:
        //: Verdict title: staff admitted the person although the rules did not (an override).
        return QCoreApplication::translate("Reasons", "Welcome – please go ahead");
    case R::TooEarlyWait:
        //: Verdict title: a little early; the person may wait inside.
        return QCoreApplication::translate("Reasons", "A little early");
    case R::CodeRevoked:
        //: Verdict title: this code was withdrawn (a new one was issued or it was misused).
        return QCoreApplication::translate("Reasons", "Code no longer valid");
    case R::NotABookingCode:
        //: Verdict title: the scanned QR code is something else (a link, a payment code).
        return QCoreApplication::translate("Reasons", "This is not a booking code");
    case R::NotFound:
        //: Verdict title: the booking is not in the kiosk's list.
        return QCoreApplication::translate("Reasons", "Booking not found");
    case R::WrongDay:
        //: Verdict title: the appointment is on another day.
        return QCoreApplication::translate("Reasons", "Your appointment is on another day");
    case R::WrongCenter:
        //: Verdict title: the appointment is at another vaccination center.
        return QCoreApplication::translate("Reasons", "Booked at another center");
    case R::TooEarly:
        //: Verdict title: the person came too early.
        return QCoreApplication::translate("Reasons", "Too early");
    case R::TooLate:
        //: Verdict title: the appointment time has passed.
        return QCoreApplication::translate("Reasons", "Appointment time has passed");
    case R::AlreadyCheckedIn:
        //: Verdict title: the code was used for a check-in before.
        return QCoreApplication::translate("Reasons", "Code already used");
    case R::Cancelled:
        //: Verdict title: the booking was cancelled.
        return QCoreApplication::translate("Reasons", "Booking cancelled");
    case R::NeverConfirmed:
        //: Verdict title: the booking was started but never completed.
        return QCoreApplication::translate("Reasons", "Booking not completed");
    case R::InvalidSignature:
        //: Verdict title: the code's signature does not match (forged or damaged).
        return QCoreApplication::translate("Reasons", "Code cannot be verified");
    case R::UnknownKey:
        //: Verdict title: the code was signed with a key the kiosk does not know.
        return QCoreApplication::translate("Reasons", "Code cannot be verified");
    case R::ExpiredKey:
        //: Verdict title: the code was signed with an expired key.
        return QCoreApplication::translate("Reasons", "Code no longer valid");
    case R::RevokedKey:
        //: Verdict title: the code was signed with a withdrawn key.
        return QCoreApplication::translate("Reasons", "Code no longer valid");
    case R::Unreadable:
        //: Verdict title: technical problem reading the code.
        return QCoreApplication::translate("Reasons", "Please see the staff");
    case R::StoreFailure:
        //: Verdict title: the kiosk could not save the check-in.
        return QCoreApplication::translate("Reasons", "Please see the staff");
    case R::StaleData:
        //: Verdict title: the kiosk's appointment list is out of date.
        return QCoreApplication::translate("Reasons", "Please see the staff");
    case R::ClockWrong:
        //: Verdict title: the kiosk's clock is wrong.
        return QCoreApplication::translate("Reasons", "Please see the staff");
    }
    return {};
}

QString verdictNextStep(const VerdictFacts &f)
{
    using R = core::Reason;
    switch (f.reason) {
    case R::Admitted:
        //: Verdict next step: admitted; %1 is the appointment time (HH:mm).
        return QCoreApplication::translate("Reasons", "Your appointment: %1. Please go to the waiting area.")
            .arg(f.slotTime);
    case R::AdmittedLate:
        //: Verdict next step: admitted although late; %1 is the appointment time.
        return QCoreApplication::translate(
            "Reasons", "Your appointment was at %1. You are late, but you can still go ahead.")
            .arg(f.slotTime);
    case R::AdmittedNotYetSynced:
        //: Verdict next step: admitted; the booking was made after the last update of the kiosk.
        return QCoreApplication::translate("Reasons", "Your appointment: %1. Please go to the waiting area.")
            .arg(f.slotTime);
    case R::AdmittedAgain:
        //: Verdict next step: already admitted here moments ago; shown again, nothing stored twice.
        return QCoreApplication::translate(
            "Reasons", "You are already checked in. Please go to the waiting area.");
    case R::AdmittedByStaff:
        //: Verdict next step: staff admitted the person by an override; %1 is the appointment time.
        return QCoreApplication::translate("Reasons", "Your appointment: %1. Please go to the waiting area.")
            .arg(f.slotTime);
    case R::TooEarlyWait:
        //: Verdict next step: slightly early; %1 is the time they will be called.
        return QCoreApplication::translate("Reasons", "Please wait in the waiting area until %1.")
            .arg(f.comeBackAt);
    case R::CodeRevoked:
        //: Verdict next step: the code was withdrawn.
        return QCoreApplication::translate(
            "Reasons", "This code was replaced or withdrawn. Please go to the desk with your ID.");
    case R::NotABookingCode:
        //: Verdict next step: not a booking code.
        return QCoreApplication::translate("Reasons",
            "Please show the QR code from your booking confirmation, or ask the staff at the desk.");
    case R::NotFound:
        //: Verdict next step: the booking is unknown here.
        return QCoreApplication::translate(
            "Reasons", "The staff at the desk will look up your booking with your name and date of birth.");
    case R::WrongDay:
        //: Verdict next step: appointment on another day; %1 is the date, %2 the time.
        return QCoreApplication::translate(
            "Reasons", "Your appointment is on %1 at %2. Please come back then.")
            .arg(f.otherDay)
            .arg(f.slotTime);
    case R::WrongCenter:
        //: Verdict next step: appointment at another vaccination center.
        return QCoreApplication::translate("Reasons",
            "Your appointment is at another vaccination center. The staff at the desk will tell you where.");
    case R::TooEarly:
        //: Verdict next step: too early; %1 is the time from which they are admitted.
        return QCoreApplication::translate("Reasons", "Please come back at %1.").arg(f.comeBackAt);
    case R::TooLate:
        //: Verdict next step: too late.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk; the staff will find a new time for you.");
    case R::AlreadyCheckedIn:
        //: Verdict next step: code already used; %1 is the time of the earlier check-in.
        return QCoreApplication::translate(
            "Reasons", "This code was used today at %1. If this was not you, please go to the desk.")
            .arg(f.previousTime);
    case R::Cancelled:
        //: Verdict next step: booking cancelled.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk. The staff will help you book a new appointment.");
    case R::NeverConfirmed:
        //: Verdict next step: booking not completed.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk; the staff can complete your booking now.");
    case R::InvalidSignature:
        //: Verdict next step: the code cannot be verified.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk with your ID. The staff will check your booking.");
    case R::UnknownKey:
        //: Verdict next step: signed with an unknown key.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk with your ID. The staff will check your booking.");
    case R::ExpiredKey:
        //: Verdict next step: signed with an expired key.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk with your ID. The staff will check your booking.");
    case R::RevokedKey:
        //: Verdict next step: signed with a withdrawn key.
        return QCoreApplication::translate(
            "Reasons", "Please go to the desk with your ID. The staff will check your booking.");
    case R::Unreadable:
        //: Verdict next step: the code could not be read.
        return QCoreApplication::translate(
            "Reasons", "The code could not be read. Please try again or go to the desk.");
    case R::StoreFailure:
        //: Verdict next step: the kiosk could not save the check-in.
        return QCoreApplication::translate(
            "Reasons", "This kiosk has a technical problem. The staff at the desk will help you.");
    case R::StaleData:
        //: Verdict next step: the kiosk's data is out of date.
        return QCoreApplication::translate(
            "Reasons", "This kiosk's appointment list is out of date. The staff at the desk will help you.");
    case R::ClockWrong:
        //: Verdict next step: the kiosk's clock is wrong.
        return QCoreApplication::translate(
            "Reasons", "This kiosk's clock is wrong. The staff at the desk will help you.");
    }
    return {};
}

} // namespace checkin::app
