// Title, icon and next step for every verdict reason key (terminal/core/verdict.cpp), translated.
// An unknown key gives "" so that the screenshot tests notice a key added without texts.
pragma Singleton
import QtQuick
import Checkin.Backend

QtObject {
    function icon(key) {
        switch (key) {
        case "admitted": case "admitted-late": case "admitted-not-yet-synced": case "admitted-again":
        case "admitted-by-staff":
            return "✔"
        case "wrong-day": case "too-early": case "too-early-wait": case "too-late":
            return "◷"
        case "not-a-booking-code": case "not-found": case "wrong-center": case "already-checked-in":
        case "cancelled": case "never-confirmed": case "invalid-signature": case "unknown-key":
        case "expired-key": case "revoked-key": case "code-revoked":
            return "✖"
        case "unreadable": case "store-failure": case "stale-data": case "clock-wrong":
            return "⚠"
        }
        return ""
    }

    function title(key) {
        switch (key) {
        //: Verdict title: the person may enter.
        case "admitted": return qsTr("Welcome – please go ahead")
        //: Verdict title: admitted although after the appointment time.
        case "admitted-late": return qsTr("Welcome – please go ahead")
        //: Verdict title: admitted; the booking is newer than the kiosk's data.
        case "admitted-not-yet-synced": return qsTr("Welcome – please go ahead")
        //: Verdict title: the same person was just admitted at this kiosk and scanned again.
        case "admitted-again": return qsTr("Welcome – please go ahead")
        //: Verdict title: staff admitted the person although the rules did not (an override).
        case "admitted-by-staff": return qsTr("Welcome – please go ahead")
        //: Verdict title: a little early; the person may wait inside.
        case "too-early-wait": return qsTr("A little early")
        //: Verdict title: this code was withdrawn (a new one was issued or it was misused).
        case "code-revoked": return qsTr("Code no longer valid")
        //: Verdict title: the scanned QR code is something else (a link, a payment code).
        case "not-a-booking-code": return qsTr("This is not a booking code")
        //: Verdict title: the booking is not in the kiosk's list.
        case "not-found": return qsTr("Booking not found")
        //: Verdict title: the appointment is on another day.
        case "wrong-day": return qsTr("Your appointment is on another day")
        //: Verdict title: the appointment is at another vaccination center.
        case "wrong-center": return qsTr("Booked at another center")
        //: Verdict title: the person came too early.
        case "too-early": return qsTr("Too early")
        //: Verdict title: the appointment time has passed.
        case "too-late": return qsTr("Appointment time has passed")
        //: Verdict title: the code was used for a check-in before.
        case "already-checked-in": return qsTr("Code already used")
        //: Verdict title: the booking was cancelled.
        case "cancelled": return qsTr("Booking cancelled")
        //: Verdict title: the booking was started but never completed.
        case "never-confirmed": return qsTr("Booking not completed")
        //: Verdict title: the code's signature does not match (forged or damaged).
        case "invalid-signature": return qsTr("Code cannot be verified")
        //: Verdict title: the code was signed with a key the kiosk does not know.
        case "unknown-key": return qsTr("Code cannot be verified")
        //: Verdict title: the code was signed with an expired key.
        case "expired-key": return qsTr("Code no longer valid")
        //: Verdict title: the code was signed with a withdrawn key.
        case "revoked-key": return qsTr("Code no longer valid")
        //: Verdict title: technical problem reading the code.
        case "unreadable": return qsTr("Please see the staff")
        //: Verdict title: the kiosk could not save the check-in.
        case "store-failure": return qsTr("Please see the staff")
        //: Verdict title: the kiosk's appointment list is out of date.
        case "stale-data": return qsTr("Please see the staff")
        //: Verdict title: the kiosk's clock is wrong.
        case "clock-wrong": return qsTr("Please see the staff")
        }
        return ""
    }

    // The next step. Times and dates come from the controller.
    function nextStep(key) {
        switch (key) {
        //: Verdict next step: admitted; %1 is the appointment time (HH:mm).
        case "admitted": return qsTr("Your appointment: %1. Please go to the waiting area.").arg(Kiosk.slotTime)
        //: Verdict next step: admitted although late; %1 is the appointment time.
        case "admitted-late": return qsTr("Your appointment was at %1. You are late, but you can still go ahead.").arg(Kiosk.slotTime)
        //: Verdict next step: admitted; the booking was made after the last update of the kiosk.
        case "admitted-not-yet-synced": return qsTr("Your appointment: %1. Please go to the waiting area.").arg(Kiosk.slotTime)
        //: Verdict next step: already admitted here moments ago; shown again, nothing stored twice.
        case "admitted-again": return qsTr("You are already checked in. Please go to the waiting area.")
        //: Verdict next step: staff admitted the person by an override; %1 is the appointment time.
        case "admitted-by-staff": return qsTr("Your appointment: %1. Please go to the waiting area.").arg(Kiosk.slotTime)
        //: Verdict next step: slightly early; %1 is the time they will be called.
        case "too-early-wait": return qsTr("Please wait in the waiting area until %1.").arg(Kiosk.comeBackAt)
        //: Verdict next step: the code was withdrawn.
        case "code-revoked": return qsTr("This code was replaced or withdrawn. Please go to the desk with your ID.")
        //: Verdict next step: not a booking code.
        case "not-a-booking-code": return qsTr("Please show the QR code from your booking confirmation, or ask the staff at the desk.")
        //: Verdict next step: the booking is unknown here.
        case "not-found": return qsTr("The staff at the desk will look up your booking with your name and date of birth.")
        //: Verdict next step: appointment on another day; %1 is the date, %2 the time.
        case "wrong-day": return qsTr("Your appointment is on %1 at %2. Please come back then.").arg(Kiosk.otherDay).arg(Kiosk.slotTime)
        //: Verdict next step: appointment at another vaccination center.
        case "wrong-center": return qsTr("Your appointment is at another vaccination center. The staff at the desk will tell you where.")
        //: Verdict next step: too early; %1 is the time from which they are admitted.
        case "too-early": return qsTr("Please come back at %1.").arg(Kiosk.comeBackAt)
        //: Verdict next step: too late.
        case "too-late": return qsTr("Please go to the desk; the staff will find a new time for you.")
        //: Verdict next step: code already used; %1 is the time of the earlier check-in.
        case "already-checked-in": return qsTr("This code was used today at %1. If this was not you, please go to the desk.").arg(Kiosk.previousTime)
        //: Verdict next step: booking cancelled.
        case "cancelled": return qsTr("Please go to the desk. The staff will help you book a new appointment.")
        //: Verdict next step: booking not completed.
        case "never-confirmed": return qsTr("Please go to the desk; the staff can complete your booking now.")
        //: Verdict next step: the code cannot be verified.
        case "invalid-signature": return qsTr("Please go to the desk with your ID. The staff will check your booking.")
        //: Verdict next step: signed with an unknown key.
        case "unknown-key": return qsTr("Please go to the desk with your ID. The staff will check your booking.")
        //: Verdict next step: signed with an expired key.
        case "expired-key": return qsTr("Please go to the desk with your ID. The staff will check your booking.")
        //: Verdict next step: signed with a withdrawn key.
        case "revoked-key": return qsTr("Please go to the desk with your ID. The staff will check your booking.")
        //: Verdict next step: the code could not be read.
        case "unreadable": return qsTr("The code could not be read. Please try again or go to the desk.")
        //: Verdict next step: the kiosk could not save the check-in.
        case "store-failure": return qsTr("This kiosk has a technical problem. The staff at the desk will help you.")
        //: Verdict next step: the kiosk's data is out of date.
        case "stale-data": return qsTr("This kiosk's appointment list is out of date. The staff at the desk will help you.")
        //: Verdict next step: the kiosk's clock is wrong.
        case "clock-wrong": return qsTr("This kiosk's clock is wrong. The staff at the desk will help you.")
        }
        return ""
    }
}
