// The kiosk window: shows the screen the controller names; decides nothing.
import QtQuick
import QtQuick.Controls
import Checkin
import Checkin.Backend

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: "Check-in"
    color: Theme.background

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: strip.top
        source: {
            switch (Kiosk.screen) {
            case "setup": return "SetupScreen.qml"
            case "verdict": return "VerdictScreen.qml"
            case "scan": return "ScanScreen.qml"
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
