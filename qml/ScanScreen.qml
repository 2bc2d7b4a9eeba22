// Idle/scan screen: where to hold the code, in large words.
import QtQuick
import Checkin
import Checkin.Backend

Item {
    objectName: "scanScreen"
    Rectangle {
        id: frame
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -40
        width: Math.min(parent.width, parent.height) * 0.5
        height: width
        color: "transparent"
        border.color: "#333333"
        border.width: 8
        radius: 24
    }
    Text {
        objectName: "scanInstruction"
        anchors.top: frame.bottom
        anchors.topMargin: 32
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
        //: Scan screen instruction to the citizen.
        text: qsTr("Please hold your booking QR code in front of the camera")
    }
}
