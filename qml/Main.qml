// The kiosk window: shows the screen the controller names; decides nothing.
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import Checkin
import Checkin.Backend

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    //: Window title (seen only by technicians).
    title: qsTr("Check-in")
    color: Theme.background
    font.family: Theme.fontFamily

    Item {
        id: content
        anchors.fill: parent
        // Arabic: the whole layout mirrors; screens opt out where order is not linguistic.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: strip.top
            // The keyboard covers the status strip; screens end above it, so a form stays in view.
            anchors.bottomMargin: keyboard.visible ? Math.max(0, keyboard.height - strip.height) : 0
            source: {
                switch (Kiosk.screen) {
                case "setup": return "SetupScreen.qml"
                case "verdict": return "VerdictScreen.qml"
                case "scan": return "ScanScreen.qml"
                case "lookup": return "LookupScreen.qml"
                case "search": return "SearchScreen.qml"
                case "pin": return "PinScreen.qml"
                case "figures": return "FiguresScreen.qml"
                case "technician": return "TechnicianScreen.qml"
                default: return ""
                }
            }
        }

        StatusStrip {
            id: strip
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
        }
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        y: active ? window.height - height : window.height
        visible: active
    }

    Loader {
        active: Kiosk.soundEnabled
        source: "SoundCues.qml"
    }
}
