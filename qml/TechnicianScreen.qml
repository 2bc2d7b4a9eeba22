// Technician page: camera picture, its real state and decode rate, the kiosk id, the sync state and
// a sync test that reaches the hub, version, config, disk and database state.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "technicianScreen"
    color: Theme.background
    readonly property string onlineText: Technician.syncOnline
        //: Technician: the sync reached the hub at its last exchange.
        ? qsTr("online")
        //: Technician: the sync did not reach the hub at its last exchange.
        : qsTr("offline")
    // The counters are read again every second while the page is open.
    Timer {
        interval: 1000
        running: true
        repeat: true
        triggeredOnStart: true
        onTriggered: Technician.refresh()
    }
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
            //: Technician: camera state, frames decoded per second and codes read in the last minute; %1 state, %2 frames per second, %3 codes.
            text: qsTr("%1 · %2 frames/s decoded · %3 codes in the last minute").arg(StaffTexts.camera(Kiosk.camera)).arg(Technician.framesPerSecond.toFixed(1)).arg(Technician.decodesPerMinute)
        }
        KioskButton {
            objectName: "syncTest"
            width: parent.width
            enabled: Technician.syncConfigured && Technician.syncTest !== Technician.TestRunning
            //: Technician: tests the connection to the central system.
            text: qsTr("Test sync")
            onClicked: Technician.testSync()
        }
        BodyText {
            objectName: "syncTestResult"
            width: parent.width
            visible: text !== ""
            font.pixelSize: Theme.smallSize * 0.85
            text: !Technician.syncConfigured
                  //: Technician: no hub address is configured, so there is nothing to test.
                  ? qsTr("No sync address is configured (sync.url); this kiosk works from its own data.")
                  : StaffTexts.syncTest(Technician.syncTest)
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
                //: Technician: the kiosk's id (kiosk.id in the config).
                qsTr("Kiosk: %1").arg(Technician.kioskId),
                //: Technician: program version.
                qsTr("Version: %1").arg(Technician.version),
                Technician.syncConfigured
                    //: Technician: sync state; %1 online or offline, %2 the last complete sync, %3 items waiting, %4 the data state.
                    ? qsTr("Sync: %1, last complete %2, %3 waiting to be sent, %4").arg(root.onlineText).arg(Technician.syncLastGood === "" ? "–" : Technician.syncLastGood).arg(Technician.syncOutbox).arg(StaffTexts.dataState(Technician.syncData))
                    //: Technician: no hub configured.
                    : qsTr("Sync: not configured"),
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
