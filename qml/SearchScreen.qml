// Staff search: any part of a name, a date of birth or a booking reference; check in after an ID
// check, or admit with an override and its reason.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "searchScreen"
    color: Theme.background
    property var selected: null

    function problemText(key) {
        //: Staff search error: the query is too short.
        if (key === "query-short") return qsTr("Type at least two characters.")
        //: Staff search error: check-in needs the ID check first.
        if (key === "id-not-checked") return qsTr("Check the person's ID first and tick the box.")
        //: Staff search error: an override needs a reason.
        if (key === "reason-missing") return qsTr("An override needs a reason.")
        //: Staff search: checking in from a search result needs the resolution flow, not on this kiosk yet.
        if (key === "admit-unavailable") return qsTr("Check-in from the search is not available on this kiosk yet.")
        //: Staff search: the check-in could not be stored.
        if (key === "admit-failed") return qsTr("The check-in failed. Please try again or call the technician.")
        return ""
    }

    Row {
        id: searchRow
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        spacing: Theme.gap
        KioskField {
            id: query
            objectName: "searchField"
            width: parent.width - searchButton.width - backButton.width - 2 * Theme.gap
            //: Staff search field placeholder.
            placeholderText: qsTr("Name, date of birth or booking reference")
            font.pixelSize: Theme.smallSize
            inputMethodHints: Qt.ImhNoPredictiveText
            onAccepted: StaffSearch.search(text)
        }
        KioskButton {
            id: searchButton
            objectName: "searchGo"
            width: 220
            //: Staff search: starts the search.
            text: qsTr("Search")
            onClicked: { root.selected = null; StaffSearch.search(query.text) }
        }
        KioskButton {
            id: backButton
            objectName: "searchBack"
            width: 220
            fill: "#555555"
            //: Staff search: back to scanning.
            text: qsTr("Back")
            onClicked: Kiosk.goBack()
        }
    }

    BodyText {
        id: message
        objectName: "searchMessage"
        anchors.top: searchRow.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        font.pixelSize: Theme.smallSize
        color: StaffSearch.problem !== "" ? Theme.reject : Theme.muted
        text: StaffSearch.problem !== "" ? root.problemText(StaffSearch.problem) : root.stateText(StaffSearch.state)
    }

    function stateText(state) {
            switch (state) {
            //: Staff search: searching.
            case "searching": return qsTr("Searching …")
            //: Staff search: nothing matched.
            case "empty": return qsTr("No booking matches.")
            //: Staff search: the store failed.
            case "failed": return qsTr("The search failed. Please try again or call the technician.")
            //: Staff search: the kiosk has no search back end yet.
            case "unavailable": return qsTr("Search is not available on this kiosk yet.")
            //: Staff search: how many bookings matched; %1 is the number.
            case "results": return qsTr("Bookings found: %1").arg(StaffSearch.results.length)
            default: return ""
            }
    }

    ListView {
        id: list
        objectName: "searchResults"
        anchors.top: message.bottom
        anchors.topMargin: 12
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: detail.top
        anchors.margins: Theme.gap
        clip: true
        spacing: 8
        model: StaffSearch.results
        delegate: Rectangle {
            id: row
            required property var modelData
            width: ListView.view.width
            height: Math.max(Theme.minTouch, rowText.implicitHeight + 16)
            radius: 8
            color: root.selected && root.selected.id === row.modelData.id ? "#cfe3f7" : Theme.panel
            Text {
                id: rowText
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: 16
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
                color: Theme.text
                //: Staff search result row: %1 name, %2 date of birth, %3 booking reference, %4 appointment time.
                text: qsTr("%1 · born %2 · %3 · %4").arg(row.modelData.name).arg(row.modelData.birthDate).arg(row.modelData.bookingRef).arg(row.modelData.slot)
            }
            MouseArea {
                anchors.fill: parent
                onClicked: { root.selected = row.modelData; idChecked.checked = false; reason.text = "" }
            }
        }
    }

    Rectangle {
        id: detail
        objectName: "searchDetail"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: root.selected ? detailColumn.implicitHeight + 2 * Theme.gap : 0
        visible: root.selected !== null
        color: "#e8e8e4"
        Column {
            id: detailColumn
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: 12
            Row {
                spacing: Theme.gap
                CheckBox {
                    id: idChecked
                    objectName: "idChecked"
                    implicitHeight: Theme.minTouch
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    //: Staff: confirms the person's ID matches the booking.
                    text: qsTr("ID checked")
                    indicator.width: Theme.minTouch * 0.6
                    indicator.height: Theme.minTouch * 0.6
                }
                KioskButton {
                    objectName: "searchCheckIn"
                    width: 360
                    fill: Theme.pass
                    //: Staff: check in the selected booking.
                    text: qsTr("Check in")
                    onClicked: StaffSearch.checkIn(root.selected.id, idChecked.checked)
                }
            }
            Row {
                spacing: Theme.gap
                KioskField {
                    id: reason
                    objectName: "overrideReason"
                    width: detailColumn.width - overrideButton.width - Theme.gap
                    //: Staff: placeholder of the mandatory override reason.
                    placeholderText: qsTr("Reason for the override")
                }
                KioskButton {
                    id: overrideButton
                    objectName: "searchOverride"
                    width: 360
                    fill: Theme.reject
                    //: Staff: admit despite a reject verdict, with the reason typed beside it.
                    text: qsTr("Admit anyway")
                    onClicked: StaffSearch.overrideAdmit(root.selected.id, reason.text)
                }
            }
        }
    }
}
