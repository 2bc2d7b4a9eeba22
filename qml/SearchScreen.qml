// Staff search: any part of a name, a date of birth or a booking reference; rows with day, slot and
// status; check in after an ID check (a time rule then shows the staff verdict with its override),
// or annul a check-in made by mistake. Names follow the kiosk's name privacy setting.
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
    // A new list (a search, or the refresh after a check-in) holds new rows: nothing stays selected.
    Connections {
        target: StaffSearch
        function onStateChanged() { if (StaffSearch.state === "searching") root.selected = null }
    }

    function problemText(key) {
        //: Staff search error: the query is too short.
        if (key === "query-short") return qsTr("Type at least two characters.")
        //: Staff search error: check-in needs the ID check first.
        if (key === "id-not-checked") return qsTr("Check the person's ID first and tick the box.")
        //: Staff search: this kiosk cannot check people in from the search (a self-service kiosk).
        if (key === "admit-unavailable") return qsTr("Check-in from the search is not available on this kiosk.")
        //: Staff search: the annulment was refused (too late, or not an admission).
        if (key === "annul-refused") return qsTr("The check-in can no longer be annulled.")
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
            fill: Theme.neutralButton
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
        color: StaffSearch.problem !== "" ? Theme.problem : Theme.muted
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
            //: Staff search: the kiosk cannot search (its database is not open).
            case "unavailable": return qsTr("Search is not available: the local database is not open.")
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
            required property int index
            objectName: "searchRow-" + row.index
            width: ListView.view.width
            height: Math.max(Theme.minTouch, rowText.implicitHeight + 16)
            radius: 8
            color: root.selected && root.selected.id === row.modelData.id ? "#cfe3f7" : Theme.panel
            // Qt 6.4's linter knows no qint64 property type (revealedId); the C++ tests cover it.
            // qmllint disable
            readonly property bool named: StaffSearch.namesShown || StaffSearch.revealedId === row.modelData.id
            // qmllint enable
            Text {
                id: rowText
                objectName: "searchRowText-" + row.index
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: 16
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
                color: Theme.text
                textFormat: Text.PlainText
                text: (row.named
                       //: Staff search result row: %1 name, %2 date of birth.
                       ? qsTr("%1 · born %2").arg(row.modelData.name).arg(row.modelData.birthDate)
                       : row.modelData.maskedName)
                      //: Staff search result row, after the person: %1 day (DD.MM.YYYY), %2 time, %3 booking reference, %4 status.
                      + " · " + qsTr("%1 %2 · %3 · %4").arg(row.modelData.day).arg(row.modelData.slot).arg(row.modelData.bookingRef).arg(StaffTexts.rowStatus(row.modelData))
            }
            MouseArea {
                anchors.fill: parent
                onClicked: { root.selected = row.modelData; idChecked.checked = false }
                onPressAndHold: StaffSearch.reveal(row.modelData.id)
                onReleased: StaffSearch.conceal()
                onCanceled: StaffSearch.conceal()
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
                    visible: root.selected !== null && root.selected.status !== StaffSearch.CheckedIn
                    fill: Theme.pass
                    ink: Theme.passInk
                    //: Staff: check in the selected booking.
                    text: qsTr("Check in")
                    onClicked: StaffSearch.checkIn(root.selected.id, idChecked.checked)
                }
            }
            Row {
                spacing: Theme.gap
                visible: root.selected !== null && root.selected.annullable === true
                Repeater {
                    model: [StaffSearch.ScannedByMistake, StaffSearch.WrongPerson]
                    KioskButton {
                        id: annulButton
                        required property int modelData
                        objectName: "searchAnnul-" + annulButton.modelData
                        width: 360
                        fill: Theme.neutralButton
                        //: Staff search: annul the selected check-in; %1 is the reason.
                        text: qsTr("Annul: %1").arg(StaffTexts.annulReason(annulButton.modelData))
                        onClicked: StaffSearch.annul(root.selected.checkInId, annulButton.modelData)
                    }
                }
            }
        }
    }
}
