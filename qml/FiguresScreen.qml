// Staff page: today's figures from the cache (booked, arrived, still expected, no-shows, walk-ins,
// on-site confirmations, clearing cases, by hour) and the sync state.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "figuresScreen"
    color: Theme.background
    // The counts come from the store thread; opening the page asks for fresh ones.
    Component.onCompleted: Figures.refresh()

    function hours(list) {
        return list.length === 0 ? "–" : Array.from(list).map(function (b) { return (b.hour < 10 ? "0" : "") + b.hour + ":00 " + b.count }).join(" · ")
    }

    StaffNav {
        id: nav
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.gap
    }

    Column {
        anchors.top: nav.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Flow {
            width: parent.width
            spacing: Theme.gap
            //: Staff figures: confirmed appointments booked for today.
            Figure { objectName: "figureBooked"; label: qsTr("booked today"); value: Figures.booked }
            //: Staff figures: people who arrived (each person once, however often scanned).
            Figure { objectName: "figureArrived"; label: qsTr("arrived"); value: Figures.arrived }
            //: Staff figures: booked people whose slot and grace period are not over yet.
            Figure { objectName: "figureExpected"; label: qsTr("still expected"); value: Figures.stillExpected }
            //: Staff figures: booked people whose slot and grace period are over.
            Figure { objectName: "figureNoShows"; label: qsTr("no-shows"); value: Figures.noShows }
            //: Staff figures: people admitted today without a booking for today at this center.
            Figure { objectName: "figureWalkIns"; label: qsTr("walk-ins"); value: Figures.walkIns }
            //: Staff figures: booking attempts confirmed on site today.
            Figure { objectName: "figureConfirmed"; label: qsTr("confirmed on site"); value: Figures.onSiteConfirmations }
            //: Staff figures: clearing cases opened today.
            Figure { objectName: "figureCases"; label: qsTr("clearing cases"); value: Figures.clearingCases }
        }

        BodyText {
            objectName: "arrivalsByHour"
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Staff figures: arrivals per hour; %1 is a list like "09:00 12 · 10:00 20".
            text: qsTr("Arrived per hour: %1").arg(root.hours(Figures.arrivalsByHour))
        }
        BodyText {
            objectName: "noShowsByHour"
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Staff figures: no-shows by the hour of their slot; %1 is a list like "09:00 3 · 10:00 1".
            text: qsTr("No-shows by slot hour: %1").arg(root.hours(Figures.noShowsByHour))
        }
        BodyText {
            objectName: "syncSummary"
            width: parent.width
            font.pixelSize: Theme.smallSize
            textFormat: Text.PlainText
            text: !Sync.configured
                  //: Staff figures: no sync configured.
                  ? qsTr("Sync: not configured; check-ins stay on this kiosk.")
                  : !Sync.known
                    //: Staff figures: sync state not reported yet.
                    ? qsTr("Sync: state not available yet.")
                    //: Staff figures: sync state; %1 online/offline, %2 last sync time, %3 check-ins waiting to be sent.
                    : qsTr("Sync: %1, last sync %2, %3 check-ins waiting to be sent.").arg(Sync.online ? qsTr("online") : qsTr("offline")).arg(Sync.lastGoodSync.getTime() > 0 ? Qt.formatTime(Sync.lastGoodSync, "HH:mm") : "–").arg(Sync.outboxDepth)
        }
    }
}
