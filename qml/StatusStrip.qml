// Bottom strip: center name, mode and camera state, always visible.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    height: 64
    color: "#222222"
    Text {
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin / 2
        color: "white"
        font.pixelSize: Theme.smallSize
        text: Kiosk.centerName
    }
    Text {
        objectName: "cameraStatus"
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        color: Kiosk.cameraState === "lost" ? "#ffb000" : "white"
        font.pixelSize: Theme.smallSize
        //: Status strip: the camera cannot be read; staff must check it.
        text: Kiosk.cameraState === "lost" ? qsTr("⚠ Camera not available")
                                            //: Status strip: the camera works.
                                            : qsTr("Camera ready")
    }
}
