// Idle/scan screen: the live camera picture, a frame that shows where to hold the code, short words.
import QtQuick
import Checkin
import Checkin.Backend

Item {
    id: root
    objectName: "scanScreen"

    LanguageBar {
        id: languages
        objectName: "languageBar"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
    }

    Rectangle {
        id: previewBox
        objectName: "previewBox"
        anchors.top: languages.bottom
        anchors.topMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        height: Math.max(120, instruction.y - y - Theme.gap)
        width: height * 16 / 9
        color: "#333333"
        radius: 16
        clip: true
        PreviewImage {
            anchors.fill: parent
        }
        // Where to hold the code: the middle of the picture.
        Rectangle {
            objectName: "aimFrame"
            anchors.centerIn: parent
            width: parent.height * 0.7
            height: width
            color: "transparent"
            border.color: Theme.warning
            border.width: 8
            radius: 24
        }
    }

    BodyText {
        id: instruction
        objectName: "scanInstruction"
        anchors.bottom: actions.top
        anchors.bottomMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.bodySize
        //: Scan screen instruction to the citizen.
        text: qsTr("Please hold your booking QR code in front of the camera")
    }

    Row {
        id: actions
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.gap
        KioskButton {
            objectName: "noCodeButton"
            visible: Kiosk.mode !== "staff"
            width: Math.min(root.width - 2 * Theme.margin, 640)
            //: Self-service: opens the lookup by name and date of birth.
            text: qsTr("I have no code")
            onClicked: Kiosk.openLookup()
        }
        KioskButton {
            objectName: "searchButton"
            visible: Kiosk.mode === "staff"
            width: 400
            //: Staff: opens the search by name, date of birth or booking reference.
            text: qsTr("Search booking")
            onClicked: Kiosk.openSearch()
        }
        KioskButton {
            objectName: "staffButton"
            visible: Kiosk.mode === "staff"
            width: 400
            fill: "#555555"
            //: Staff: opens the PIN-protected staff area.
            text: qsTr("Staff area")
            onClicked: Kiosk.openStaffArea()
        }
    }
}
