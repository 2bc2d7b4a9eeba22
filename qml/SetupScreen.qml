// Setup screen: the kiosk's configuration cannot be used; says exactly what is wrong.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    objectName: "setupScreen"
    color: Theme.technical
    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: 24
        Text {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.WordWrap
            color: Theme.textOnColour
            font.pixelSize: Theme.bodySize
            font.bold: true
            //: Setup screen title shown when the kiosk is not configured; for technicians.
            text: qsTr("⚙ This kiosk needs to be set up")
        }
        Text {
            textFormat: Text.PlainText
            objectName: "setupProblem"
            width: parent.width
            wrapMode: Text.WordWrap
            color: Theme.textOnColour
            font.pixelSize: Theme.smallSize
            text: Kiosk.setupProblem
        }
    }
}
