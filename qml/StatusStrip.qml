// Bottom strip: center name, sync and camera state, always visible. A long press on the center
// name opens the staff area (the only way in at a self-service kiosk).
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: strip
    height: Theme.minTouch
    color: Theme.strip

    Text {
        textFormat: Text.PlainText
        id: center
        objectName: "centerName"
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap
        // Each of the three texts has its own share of the width, so that none runs into the next
        // (an 800 px portrait screen with larger text); a text longer than its share shrinks.
        width: Math.min(implicitWidth, (parent.width - 4 * Theme.gap) * 0.35)
        // A long name on a narrow (portrait) screen or in larger text shrinks instead of losing its end.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 14
        color: "white"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        text: Kiosk.centerName
        MouseArea {
            objectName: "staffLongPress"
            anchors.fill: parent
            anchors.margins: -(Theme.minTouch - center.height) / 2
            pressAndHoldInterval: 3000
            onPressAndHold: Kiosk.openStaffArea()
        }
    }

    Text {
        objectName: "syncStatus"
        readonly property bool warning: Sync.configured && Sync.known
                                        && (!Sync.online || Sync.freshness !== Sync.Fresh)
        readonly property string lastSync: Sync.lastGoodSync.getTime() > 0
                                           ? Qt.formatTime(Sync.lastGoodSync, "HH:mm") : "–"
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: center.right
        anchors.right: camera.left
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        horizontalAlignment: Text.AlignHCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        color: warning ? Theme.warning : "white"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        textFormat: Text.PlainText
        text: !Sync.configured
              //: Status strip: this kiosk works only with its local data (no sync configured).
              ? qsTr("Offline mode")
              : !Sync.known
                //: Status strip: sync configured, the first exchange with the central system is under way.
                ? qsTr("Connecting to the central system …")
                : !Sync.online
                  //: Status strip warning: no connection to the central system; %1 is the time since when, %2 the check-ins waiting to be sent.
                  ? qsTr("⚠ Offline since %1, %2 waiting").arg(Qt.formatTime(Sync.offlineSince, "HH:mm")).arg(Sync.outboxDepth)
                  : Sync.freshness === Sync.OtherDay
                    //: Status strip warning: the appointment list on this kiosk is for another day.
                    ? qsTr("⚠ Appointment list is from another day")
                    : Sync.freshness !== Sync.Fresh
                      //: Status strip warning: the appointment list is old; %1 is the time of the last sync.
                      ? qsTr("⚠ Data out of date (last sync %1)").arg(lastSync)
                      //: Status strip: connected; %1 is the time of the last sync.
                      : qsTr("Online, last sync %1").arg(lastSync)
    }

    Text {
        textFormat: Text.PlainText
        id: camera
        objectName: "cameraStatus"
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        width: Math.min(implicitWidth, (parent.width - 4 * Theme.gap) * 0.3)
        horizontalAlignment: Text.AlignRight
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        color: Kiosk.camera === Kiosk.CameraLost ? Theme.warning : "white"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        text: Kiosk.camera === Kiosk.CameraRunning
              //: Status strip: the camera works.
              ? qsTr("Camera ready")
              : Kiosk.camera === Kiosk.CameraLost
                //: Status strip: the camera cannot be read; staff must check it.
                ? qsTr("⚠ Camera not available")
                : StaffTexts.camera(Kiosk.camera)
    }
}
