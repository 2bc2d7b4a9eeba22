// PASS / REJECT / WAIT / STAFF DESK: colour plus icon plus words, readable from two metres. At a
// staff kiosk the words are for staff (what happened, what to check, what to do), with the date of
// birth to compare and the actions: override with its reason, annul, search, next.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "verdictScreen"
    color: Theme.verdictFill(Kiosk.family)
    readonly property color ink: Theme.verdictInk(Kiosk.family)
    readonly property bool staff: Kiosk.mode === "staff"

    // A touch: the controller extends a citizen's verdict, or closes a staff verdict that may be
    // tapped away; it decides when the screen returns by itself.
    MouseArea {
        objectName: "verdictDismiss"
        anchors.fill: parent
        onClicked: Kiosk.tapVerdict()
    }

    Loader {
        anchors.fill: parent
        active: root.staff
        source: "StaffVerdict.qml"
    }

    Column {
        visible: !root.staff
        enabled: !root.staff
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        // Centred above the buttons; in the reach layout it sits low, next to them.
        y: Access.reachLayout ? Math.max(Theme.gap, actions.y - height - Theme.gap)
                              : Math.max(Theme.gap, (actions.y - height) / 2)
        spacing: 24
        Text {
            textFormat: Text.PlainText
            objectName: "verdictIcon"
            anchors.horizontalCenter: parent.horizontalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 1.5
            color: root.ink
            text: Reasons.icon(Kiosk.reason)
        }
        Text {
            textFormat: Text.PlainText
            objectName: "verdictTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 0.7
            font.bold: true
            color: root.ink
            text: Kiosk.title
        }
        Text {
            objectName: "verdictInitials"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            color: root.ink
            textFormat: Text.PlainText
            text: Kiosk.initials
        }
        Text {
            textFormat: Text.PlainText
            objectName: "verdictDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: root.ink
            text: Kiosk.nextStep
        }
    }

    Row {
        id: actions
        objectName: "verdictActions"
        visible: !root.staff
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap + 10
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.gap
        // One or two buttons side by side, centred, never wider than the screen.
        readonly property real buttonWidth: Math.min(480, (root.width - 2 * Theme.margin
                                                           - (printButton.visible ? Theme.gap : 0)) / (printButton.visible ? 2 : 1))
        KioskButton {
            id: printButton
            objectName: "verdictPrint"
            // Only with a printer (no promise of paper otherwise), only for a PASS.
            visible: Print.available && Kiosk.family === "pass"
            enabled: Print.state !== "printing"
            width: actions.buttonWidth
            fill: root.ink
            ink: root.color
            text: Print.state === "printed"
                  //: Verdict screen: the check-in slip was printed; a tap prints another.
                  ? qsTr("Slip printed – print again")
                  : Print.state === "failed"
                    //: Verdict screen: printing failed; a tap tries again.
                    ? qsTr("Printing failed – try again")
                    //: Verdict screen: prints a check-in slip (time, initials, appointment, queue number).
                    : qsTr("Print slip")
            onClicked: Print.printCheckInSlip()
        }
        KioskButton {
            objectName: "verdictContinue"
            width: actions.buttonWidth
            fill: root.ink
            ink: root.color
            //: Verdict screen: closes the verdict and goes back to the start (a touch elsewhere keeps it longer).
            text: qsTr("Done")
            onClicked: Kiosk.dismissVerdict()
        }
    }

    // Shows the time left; the controller's timer decides when the screen closes.
    Rectangle {
        objectName: "verdictCountdown"
        visible: !Kiosk.verdictStays
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        height: 10
        color: root.ink
        opacity: 0.6
        width: parent.width
        NumberAnimation on width {
            id: countdown
            from: root.width
            to: 0
            duration: Kiosk.verdictMs
            running: true
        }
        // A new verdict or a touch that extended it: the controller restarted its timer.
        Connections {
            target: Kiosk
            function onVerdictTimeChanged() { countdown.restart() }
        }
    }
}
