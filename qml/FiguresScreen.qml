// Staff page: today's figures, sync state and outbox, open clearing cases.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    objectName: "figuresScreen"
    color: Theme.background

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
            //: Staff figures: appointments booked for today.
            Figure { objectName: "figureExpected"; label: qsTr("expected today"); value: Figures.expected }
            //: Staff figures: people admitted at this kiosk.
            Figure { objectName: "figureArrived"; label: qsTr("admitted here"); value: Figures.arrived }
            //: Staff figures: appointments still to come.
            Figure { objectName: "figureToCome"; label: qsTr("still to come"); value: Figures.stillToCome }
            //: Staff figures: people turned away at this kiosk.
            Figure { objectName: "figureRejected"; label: qsTr("turned away here"); value: Figures.rejected }
        }

        BodyText {
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Staff figures: arrivals per hour; %1 is a list like "09:00 12 · 10:00 20".
            text: qsTr("Admitted per hour: %1").arg(Figures.arrivalsByHour.length === 0 ? "–" : Array.from(Figures.arrivalsByHour).map(function (b) { return (b.hour < 10 ? "0" : "") + b.hour + ":00 " + b.count }).join(" · "))
        }
        BodyText {
            objectName: "figuresScope"
            width: parent.width
            visible: !Figures.centerWide
            font.pixelSize: Theme.smallSize * 0.85
            color: Theme.muted
            //: Staff figures: the counts cover this kiosk only; no-shows need the center's data.
            text: qsTr("Counts from this kiosk since it started. No-shows by hour and the center's totals are not available on this kiosk yet.")
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
        BodyText {
            objectName: "clearingSummary"
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Staff figures: the list of open clearing cases is not available on this kiosk yet.
            text: qsTr("Open clearing cases: not available on this kiosk yet.")
        }
    }
}
