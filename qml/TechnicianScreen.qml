// Technician page: camera test with live picture and decode rate, sync test, version, config,
// disk and database state.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    objectName: "technicianScreen"
    color: Theme.background
    // Technical values read left to right in every language.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    StaffNav {
        id: nav
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.gap
    }

    Rectangle {
        id: camera
        anchors.top: nav.bottom
        anchors.left: parent.left
        anchors.margins: Theme.gap
        width: 480
        height: 270
        color: "#333333"
        PreviewImage { anchors.fill: parent }
    }

    Column {
        anchors.top: camera.bottom
        anchors.left: parent.left
        anchors.margins: Theme.gap
        width: camera.width
        spacing: 8
        BodyText {
            objectName: "decodeRate"
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Technician: camera state and decoded codes in the last minute; %1 state, %2 count.
            text: qsTr("Camera: %1, %2 codes per minute").arg(Kiosk.cameraState).arg(Technician.decodesPerMinute)
        }
        KioskButton {
            objectName: "syncTest"
            width: parent.width
            enabled: Technician.syncTestAvailable
            //: Technician: tests the connection to the central system.
            text: qsTr("Test sync")
        }
        BodyText {
            width: parent.width
            visible: !Technician.syncTestAvailable
            font.pixelSize: Theme.smallSize * 0.85
            color: Theme.muted
            //: Technician: the sync test needs the sync service, which this kiosk does not have yet.
            text: qsTr("The sync test is not available on this kiosk yet.")
        }
    }

    Column {
        anchors.top: nav.bottom
        anchors.left: camera.right
        anchors.right: parent.right
        anchors.margins: Theme.gap
        spacing: 6
        Repeater {
            model: {
                const lines = [
                    //: Technician: program version.
                    qsTr("Version: %1").arg(Technician.version),
                    //: Technician: free disk space of the data directory.
                    qsTr("Free disk space: %1").arg(Technician.diskFree),
                    //: Technician: size of the database file.
                    qsTr("Database size: %1").arg(Technician.databaseSize),
                    //: Technician: database state (technical text).
                    qsTr("Database: %1").arg(Technician.databaseState)
                ]
                for (let i = 0; i < Technician.configSummary.length; ++i)
                    lines.push(Technician.configSummary[i])
                return lines
            }
            BodyText {
                required property string modelData
                width: parent.width
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.smallSize * 0.85
                text: modelData
            }
        }
    }
}
