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
            Figure {
                objectName: "figureBooked"
                //: Staff figures: confirmed appointments booked for today.
                label: qsTr("booked today")
                value: Figures.booked
            }
            Figure {
                objectName: "figureArrived"
                //: Staff figures: people who arrived (each person once, however often scanned).
                label: qsTr("arrived")
                value: Figures.arrived
            }
            Figure {
                objectName: "figureExpected"
                //: Staff figures: booked people whose slot and grace period are not over yet.
                label: qsTr("still expected")
                value: Figures.stillExpected
            }
            Figure {
                objectName: "figureNoShows"
                //: Staff figures: booked people whose slot and grace period are over.
                label: qsTr("no-shows")
                value: Figures.noShows
            }
            Figure {
                objectName: "figureWalkIns"
                //: Staff figures: people admitted today without a booking for today at this center.
                label: qsTr("walk-ins")
                value: Figures.walkIns
            }
            Figure {
                objectName: "figureConfirmed"
                //: Staff figures: booking attempts confirmed on site today.
                label: qsTr("confirmed on site")
                value: Figures.onSiteConfirmations
            }
            Figure {
                objectName: "figureCases"
                //: Staff figures: clearing cases opened today.
                label: qsTr("clearing cases")
                value: Figures.clearingCases
            }
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
                    : qsTr("Sync: %1, last sync %2, %3 check-ins waiting to be sent.").arg(Sync.online
                         //: Staff figures: the sync state word inside "Sync: %1, …": connected to the hub.
                         ? qsTr("online")
                         //: Staff figures: the sync state word inside "Sync: %1, …": no connection to the hub.
                         : qsTr("offline")).arg(Sync.lastGoodSync.getTime() > 0 ? Qt.formatTime(Sync.lastGoodSync, "HH:mm") : "–").arg(Sync.outboxDepth)
        }
    }
}
