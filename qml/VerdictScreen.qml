// PASS / REJECT / TECHNICAL PROBLEM: colour plus icon plus words, readable from two metres.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "verdictScreen"
    color: Kiosk.family === "pass" ? Theme.pass : Kiosk.family === "reject" ? Theme.reject : Theme.technical

    function titleFor(family) {
        //: Verdict title: the person may enter.
        if (family === "pass") return qsTr("Welcome – please go ahead")
        //: Verdict title: the person cannot be admitted with this code.
        if (family === "reject") return qsTr("Not admitted with this code")
        //: Verdict title: a technical problem, staff will help.
        return qsTr("Please see the staff")
    }

    function explanationFor(reason) {
        switch (reason) {
        //: Verdict detail: admitted; %1 is the appointment time.
        case "admitted": return qsTr("Your appointment: %1").arg(Kiosk.slotTime)
        //: Verdict detail: admitted although late.
        case "admitted-late": return qsTr("Your appointment was at %1. You are late, but you can still go ahead.").arg(Kiosk.slotTime)
        case "admitted-not-yet-synced": return qsTr("Your appointment: %1").arg(Kiosk.slotTime)
        //: Verdict detail: the QR code is not a booking code.
        case "not-a-booking-code": return qsTr("This QR code is not a booking confirmation. Please show the QR code from your booking confirmation, or ask the staff at the desk.")
        //: Verdict detail: the booking is not known here.
        case "not-found": return qsTr("We could not find this booking. The staff at the desk will look it up with your name and date of birth.")
        //: Verdict detail: appointment on another day; %1 date, %2 time.
        case "wrong-day": return qsTr("Your appointment is on %1 at %2. Please come back then.").arg(Kiosk.otherDay).arg(Kiosk.slotTime)
        //: Verdict detail: appointment at another vaccination center.
        case "wrong-center": return qsTr("Your appointment is at another vaccination center. The staff at the desk will tell you where.")
        //: Verdict detail: too early; %1 is the time they may come back.
        case "too-early": return qsTr("You are early. Please come back at %1.").arg(Kiosk.comeBackAt)
        //: Verdict detail: too late.
        case "too-late": return qsTr("Your appointment time has passed. Please go to the desk; the staff will find a new time for you.")
        //: Verdict detail: the code was already used; %1 time.
        case "already-checked-in": return qsTr("This code was already used today at %1. If this was not you, please go to the desk.").arg(Kiosk.previousTime)
        //: Verdict detail: the booking was cancelled.
        case "cancelled": return qsTr("This booking was cancelled. Please go to the desk.")
        //: Verdict detail: booking attempt never confirmed.
        case "never-confirmed": return qsTr("Your booking was not completed. Please go to the desk; the staff can complete it now.")
        //: Verdict detail: a forged or damaged code.
        case "invalid-signature": return qsTr("This code cannot be verified. Please go to the desk.")
        case "unknown-key": return qsTr("This code cannot be verified. Please go to the desk.")
        case "expired-key": return qsTr("This code cannot be verified. Please go to the desk.")
        case "revoked-key": return qsTr("This code is no longer valid. Please go to the desk.")
        //: Verdict detail: technical problem; the staff will help.
        default: return qsTr("Something is wrong with this kiosk. The staff at the desk will help you.")
        }
    }

    function iconFor(family) {
        return family === "pass" ? "✔" : family === "reject" ? "✖" : "⚠"
    }

    MouseArea {
        anchors.fill: parent
        onClicked: Kiosk.dismissVerdict()
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: 28
        Text {
            objectName: "verdictIcon"
            anchors.horizontalCenter: parent.horizontalCenter
            font.pixelSize: Theme.titleSize * 1.6
            color: Theme.textOnColour
            text: root.iconFor(Kiosk.family)
        }
        Text {
            objectName: "verdictTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.titleSize * 0.75
            font.bold: true
            color: Theme.textOnColour
            text: root.titleFor(Kiosk.family)
        }
        Text {
            objectName: "verdictInitials"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            font.pixelSize: Theme.bodySize
            color: Theme.textOnColour
            text: Kiosk.personName !== "" ? Kiosk.personName : Kiosk.initials
        }
        Text {
            objectName: "verdictDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.bodySize
            color: Theme.textOnColour
            text: root.explanationFor(Kiosk.reason)
        }
        Text {
            objectName: "verdictStaffDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: Kiosk.mode === "staff" && text !== ""
            font.pixelSize: Theme.smallSize
            color: Theme.textOnColour
            text: Kiosk.technicalDetail !== "" ? Kiosk.technicalDetail : (Kiosk.previousKiosk !== "" ? "Kiosk " + Kiosk.previousKiosk : "")
        }
    }
}
