// PASS / REJECT / TECHNICAL PROBLEM: colour plus icon plus words, readable from two metres.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "verdictScreen"
    color: Kiosk.family === "pass" ? Theme.pass : Kiosk.family === "reject" ? Theme.reject : Theme.technical

    // A tap anywhere continues; the controller decides the automatic return.
    MouseArea {
        objectName: "verdictDismiss"
        anchors.fill: parent
        onClicked: Kiosk.dismissVerdict()
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Kiosk.mode === "staff" ? 12 : 24
        Text {
            objectName: "verdictIcon"
            anchors.horizontalCenter: parent.horizontalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Kiosk.mode === "staff" ? Theme.titleSize : Theme.titleSize * 1.5
            color: Theme.textOnColour
            text: Reasons.icon(Kiosk.reason)
        }
        Text {
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
            text: Kiosk.personName !== "" ? Kiosk.personName : Kiosk.initials
        }
        Text {
            objectName: "verdictDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.textOnColour
            text: Reasons.nextStep(Kiosk.reason)
        }
        Text {
            objectName: "verdictStaffDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAnywhere
            visible: Kiosk.mode === "staff" && text !== ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: Theme.textOnColour
            text: Kiosk.technicalDetail !== "" ? Kiosk.technicalDetail
                                               //: Staff detail on a verdict: the kiosk that recorded the earlier check-in.
                                               : (Kiosk.previousKiosk !== "" ? qsTr("Earlier check-in at kiosk %1").arg(Kiosk.previousKiosk) : "")
        }
    }

    // Shows the time left; the controller's timer decides when the screen closes.
    Rectangle {
        objectName: "verdictCountdown"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        height: 10
        color: Theme.textOnColour
        opacity: 0.6
        width: parent.width
        NumberAnimation on width {
            from: root.width
            to: 0
            duration: Kiosk.verdictSeconds * 1000
            running: true
        }
    }
}
