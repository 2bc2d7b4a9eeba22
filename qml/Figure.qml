// One big number with its label, for the staff figures.
import QtQuick
import Checkin

Rectangle {
    property alias label: labelText.text
    property alias value: valueText.text
    width: 270
    height: 150
    radius: 12
    color: Theme.panel
    Text {
        textFormat: Text.PlainText
        id: valueText
        anchors.top: parent.top
        anchors.topMargin: 12
        anchors.horizontalCenter: parent.horizontalCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
    }
    Text {
        textFormat: Text.PlainText
        id: labelText
        anchors.top: valueText.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize * 0.85
        color: Theme.muted
    }
}
