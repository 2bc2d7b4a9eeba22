// Idle/scan screen: the live camera picture, a frame that shows where to hold the code, short words.
import QtQuick
import Checkin
import Checkin.Backend

Item {
    id: root
    objectName: "scanScreen"

    // In the reach layout (wheelchair users, portrait screens) every control sits in the lower
    // part: the languages move from the top to just above the buttons, below the instruction.
    LanguageBar {
        id: languages
        objectName: "languageBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        y: Access.reachLayout ? actions.y - height - Theme.gap : Theme.gap
    }

    Rectangle {
        id: previewBox
        objectName: "previewBox"
        anchors.top: Access.reachLayout ? parent.top : languages.bottom
        anchors.topMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        height: Math.max(120, instruction.y - y - Theme.gap)
        // Wide enough to show the picture, never wider than the screen (portrait).
        width: Math.min(height * 16 / 9, root.width - 2 * Theme.gap)
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
        anchors.bottom: Access.reachLayout ? languages.top : actions.top
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

    Flow {
        id: actions
        anchors.bottom: access.visible ? access.top : parent.bottom
        anchors.bottomMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(implicitActionsWidth, root.width - 2 * Theme.margin)
        readonly property real implicitActionsWidth: Kiosk.mode === "staff" ? 800 + Theme.gap : 640
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
            fill: Theme.neutralButton
            //: Staff: opens the PIN-protected staff area.
            text: qsTr("Staff area")
            onClicked: Kiosk.openStaffArea()
        }
    }

    // Self-service: what a person who cannot see or reach the screen well can ask for.
    Flow {
        id: access
        objectName: "accessBar"
        visible: Kiosk.mode !== "staff"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        // As many 260 px buttons in a row as fit, the row centred.
        readonly property int perRow: Math.max(1, Math.min(4, Math.floor((root.width - 2 * Theme.gap + 12) / (260 + 12))))
        width: perRow * 260 + (perRow - 1) * 12
        spacing: 12
        KioskButton {
            objectName: "accessSpeech"
            width: 260
            font.pixelSize: Theme.smallSize
            fill: Access.speech ? Theme.accent : Theme.neutralButton
            text: Access.speech
                  //: Accessibility button while speech output is on: turns it off.
                  ? qsTr("Speech off")
                  //: Accessibility button: turns speech output on (plugging in headphones does too).
                  : qsTr("Read aloud")
            onClicked: Access.toggleSpeech()
        }
        KioskButton {
            objectName: "accessLargeText"
            width: 260
            font.pixelSize: Theme.smallSize
            fill: Access.largeText ? Theme.accent : Theme.neutralButton
            //: Accessibility button: larger text on every screen.
            text: qsTr("Larger text")
            onClicked: Access.toggleLargeText()
        }
        KioskButton {
            objectName: "accessContrast"
            width: 260
            font.pixelSize: Theme.smallSize
            fill: Access.highContrast ? Theme.accent : Theme.neutralButton
            //: Accessibility button: higher contrast (black on white).
            text: qsTr("More contrast")
            onClicked: Access.toggleHighContrast()
        }
        KioskButton {
            objectName: "accessReach"
            width: 260
            font.pixelSize: Theme.smallSize
            fill: Access.reachLayout ? Theme.accent : Theme.neutralButton
            //: Accessibility button: moves every control to the lower part of the screen (reach from a wheelchair).
            text: qsTr("Controls lower")
            onClicked: Access.toggleReachLayout()
        }
    }
}
