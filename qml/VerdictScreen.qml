// PASS / REJECT / TECHNICAL PROBLEM: colour plus icon plus words, readable from two metres. At a
// staff kiosk the words are for staff (what happened, what to check, what to do), with the date of
// birth to compare and the actions: override with its reason, annul, search, next.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "verdictScreen"
    color: Kiosk.family === "pass" ? Theme.pass : Kiosk.family === "reject" ? Theme.reject : Theme.technical
    readonly property bool staff: Kiosk.mode === "staff"

    // A tap continues; the controller decides whether this verdict may be tapped away and when it
    // returns by itself.
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
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: 24
        Text {
            textFormat: Text.PlainText
            objectName: "verdictIcon"
            anchors.horizontalCenter: parent.horizontalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 1.5
            color: Theme.textOnColour
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
            color: Theme.textOnColour
            text: Reasons.title(Kiosk.reason)
        }
        Text {
            objectName: "verdictInitials"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            color: Theme.textOnColour
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
            color: Theme.textOnColour
            text: Reasons.nextStep(Kiosk.reason)
        }
    }

    // Shows the time left; the controller's timer decides when the screen closes.
    Rectangle {
        objectName: "verdictCountdown"
        visible: !Kiosk.verdictStays
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        height: 10
        color: Theme.textOnColour
        opacity: 0.6
        width: parent.width
        NumberAnimation on width {
            id: countdown
            from: root.width
            to: 0
            duration: Kiosk.verdictSeconds * 1000
            running: true
        }
        // A new verdict while one is shown starts its own time (the controller restarted its timer).
        Connections {
            target: Kiosk
            function onVerdictChanged() { countdown.restart() }
        }
    }
}
