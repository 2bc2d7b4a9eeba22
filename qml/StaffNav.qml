// The staff area's page buttons and the way out (which locks it again).
import QtQuick
import Checkin
import Checkin.Backend

Row {
    spacing: Theme.gap
    KioskButton {
        objectName: "navFigures"
        width: 300
        fill: Kiosk.screen === "figures" ? Theme.accent : "#777777"
        //: Staff area tab: today's figures, sync and clearing cases.
        text: qsTr("Today")
        onClicked: Kiosk.openStaffPage("figures")
    }
    KioskButton {
        objectName: "navTechnician"
        width: 300
        fill: Kiosk.screen === "technician" ? Theme.accent : "#777777"
        //: Staff area tab: the technician page.
        text: qsTr("Technician")
        onClicked: Kiosk.openStaffPage("technician")
    }
    KioskButton {
        objectName: "navLeave"
        width: 300
        fill: Theme.neutralButton
        //: Staff area: leave and lock.
        text: qsTr("Lock and leave")
        onClicked: Kiosk.goBack()
    }
}
