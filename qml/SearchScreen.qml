// Staff search: any part of a name, a date of birth or a booking reference; rows with day, slot and
// status; check in after an ID check (a time rule then shows the staff verdict with its override),
// or annul a check-in made by mistake. Names follow the kiosk's name privacy setting. When nobody
// matches, staff open a clearing case for the person and hand over its ticket number.
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
        //: Clearing case form error: the family name is empty or a single letter.
        if (key === "case-name-missing") return qsTr("Enter the person's family name.")
        //: Clearing case form error: the date of birth is not a real date or lies in the future.
        if (key === "case-date-invalid") return qsTr("Enter a real date of birth, for example 07.03.1950.")
        //: Clearing case form error: one of the fields is longer than the desk can take.
        if (key === "case-too-long") return qsTr("One of the fields is too long. Please shorten it.")
        //: Clearing case form error: the case could not be stored on this kiosk.
        if (key === "case-failed") return qsTr("The case could not be opened. Please try again or call the technician.")
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

    // Nobody (or not the right person) in the list: a clearing case for the central desk.
    KioskButton {
        id: openCase
        objectName: "searchOpenCase"
        anchors.top: message.bottom
        anchors.right: parent.right
        anchors.margins: Theme.gap
        width: 520
        visible: StaffSearch.state === "empty" || StaffSearch.state === "results"
        fill: Theme.neutralButton
        //: Staff search: opens a clearing case for a person whose booking is not found.
        text: qsTr("Open a clearing case")
        onClicked: { root.selected = null; StaffSearch.startCase() }
    }

    readonly property bool caseShown: StaffSearch.state === "case-form" || StaffSearch.state === "case-opening"
                                      || StaffSearch.state === "case-opened"

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
            //: Clearing case form: what it is for, above the fields.
            case "case-form": return qsTr("Clearing case: the central desk resolves it and the person is then admitted here.")
            //: Clearing case form: the case is being stored.
            case "case-opening": return qsTr("Opening the case …")
            default: return ""
            }
    }

    ListView {
        id: list
        objectName: "searchResults"
        visible: !root.caseShown
        anchors.top: openCase.visible ? openCase.bottom : message.bottom
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

    // The clearing case: the details the desk needs, then the ticket the person keeps.
    Flickable {
        id: caseForm
        objectName: "caseForm"
        visible: StaffSearch.state === "case-form" || StaffSearch.state === "case-opening"
        anchors.top: message.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        clip: true
        contentHeight: caseColumn.implicitHeight
        // A field that takes the focus scrolls into view above the on-screen keyboard.
        function reveal(item) {
            const top = item.mapToItem(caseColumn, 0, 0).y
            if (top < contentY || top + item.height > contentY + height)
                contentY = Math.max(0, Math.min(top - Theme.gap, contentHeight - height))
        }
        onVisibleChanged: if (visible) {
            const draft = StaffSearch.caseDraft
            givenName.text = draft.givenName || ""
            familyName.text = draft.familyName || ""
            birthDate.text = draft.birthDate || ""
            contact.text = draft.contact || ""
            account.text = draft.account || ""
            familyName.forceActiveFocus()
        }
        Column {
            id: caseColumn
            width: caseForm.width
            spacing: 8
            Grid {
                columns: 2
                columnSpacing: Theme.gap
                rowSpacing: 8
                width: parent.width
                BodyText {
                    id: givenLabel
                    width: (parent.width - Theme.gap) / 2
                    font.pixelSize: Theme.smallSize
                    //: Clearing case form: label of the given name field.
                    text: qsTr("Given name")
                }
                BodyText {
                    id: familyLabel
                    width: (parent.width - Theme.gap) / 2
                    font.pixelSize: Theme.smallSize
                    //: Clearing case form: label of the family name field (required).
                    text: qsTr("Family name (required)")
                }
                KioskField {
                    id: givenName
                    objectName: "caseGivenName"
                    width: (parent.width - Theme.gap) / 2
                    Accessible.name: givenLabel.text
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onActiveFocusChanged: if (activeFocus) caseForm.reveal(givenName)
                    onAccepted: familyName.forceActiveFocus()
                }
                KioskField {
                    id: familyName
                    objectName: "caseFamilyName"
                    width: (parent.width - Theme.gap) / 2
                    Accessible.name: familyLabel.text
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onActiveFocusChanged: if (activeFocus) caseForm.reveal(familyName)
                    onAccepted: birthDate.forceActiveFocus()
                }
                BodyText {
                    id: birthLabel
                    width: (parent.width - Theme.gap) / 2
                    font.pixelSize: Theme.smallSize
                    //: Clearing case form: label of the date of birth field (required), with its format.
                    text: qsTr("Date of birth, DD.MM.YYYY (required)")
                }
                BodyText {
                    id: contactLabel
                    width: (parent.width - Theme.gap) / 2
                    font.pixelSize: Theme.smallSize
                    //: Clearing case form: label of the contact field; only what the person wants to give.
                    text: qsTr("Phone or e-mail, if the person wants to give one")
                }
                KioskField {
                    id: birthDate
                    objectName: "caseBirthDate"
                    width: (parent.width - Theme.gap) / 2
                    Accessible.name: birthLabel.text
                    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    onActiveFocusChanged: if (activeFocus) caseForm.reveal(birthDate)
                    onAccepted: contact.forceActiveFocus()
                }
                KioskField {
                    id: contact
                    objectName: "caseContact"
                    width: (parent.width - Theme.gap) / 2
                    Accessible.name: contactLabel.text
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    onActiveFocusChanged: if (activeFocus) caseForm.reveal(contact)
                    onAccepted: account.forceActiveFocus()
                }
            }
            BodyText {
                id: accountLabel
                width: parent.width
                font.pixelSize: Theme.smallSize
                //: Clearing case form: label of the field for what the person says happened.
                text: qsTr("What happened (for example: booked online, never got a code)")
            }
            KioskField {
                id: account
                objectName: "caseAccount"
                width: parent.width
                Accessible.name: accountLabel.text
                inputMethodHints: Qt.ImhNoPredictiveText
                onActiveFocusChanged: if (activeFocus) caseForm.reveal(account)
                onAccepted: StaffSearch.openCase(givenName.text, familyName.text, birthDate.text, contact.text, account.text)
            }
            Row {
                spacing: Theme.gap
                topPadding: 8
                KioskButton {
                    objectName: "caseSubmit"
                    width: 420
                    enabled: StaffSearch.state === "case-form"
                    //: Clearing case form: stores the case and shows its ticket number.
                    text: qsTr("Open case")
                    onClicked: StaffSearch.openCase(givenName.text, familyName.text, birthDate.text, contact.text, account.text)
                }
                KioskButton {
                    objectName: "caseCancel"
                    width: 300
                    fill: Theme.neutralButton
                    //: Clearing case form: back to the search without opening a case.
                    text: qsTr("Cancel")
                    onClicked: StaffSearch.cancelCase()
                }
            }
        }
    }

    Column {
        id: caseOpened
        objectName: "caseOpened"
        visible: StaffSearch.state === "case-opened"
        // The form is gone: so is its keyboard, which would cover the ticket.
        onVisibleChanged: if (visible) caseOpened.forceActiveFocus()
        anchors.top: searchRow.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.gap
        BodyText {
            width: parent.width
            font.pixelSize: Theme.headingSize
            font.bold: true
            //: Clearing case opened: heading above the ticket number.
            text: qsTr("Clearing case opened")
        }
        Row {
            spacing: Theme.gap * 2
            // A ticket number reads left to right in every language.
            LayoutMirroring.enabled: false
            Text {
                objectName: "caseTicket"
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize * 1.6
                font.bold: true
                font.letterSpacing: 4
                color: Theme.text
                text: StaffSearch.ticket
            }
            Image {
                objectName: "caseTicketCode"
                width: 200
                height: 200
                sourceSize.width: 200
                sourceSize.height: 200
                smooth: false
                source: StaffSearch.ticket !== "" ? "image://ticketcode/" + StaffSearch.ticket : ""
            }
        }
        BodyText {
            width: parent.width
            font.pixelSize: Theme.smallSize
            //: Clearing case opened: what to tell the person.
            text: qsTr("Give the person this number, or let them photograph the code. The central desk resolves the case; then the person is admitted here by the code, the number or a search.")
        }
        Row {
            spacing: Theme.gap
            KioskButton {
                objectName: "caseDone"
                width: 300
                //: Clearing case opened: back to the search.
                text: qsTr("Done")
                onClicked: StaffSearch.cancelCase()
            }
            KioskButton {
                objectName: "casePrint"
                // Only with a printer: the number and its code on paper for the person.
                visible: Print.available
                enabled: Print.state !== "printing"
                width: 420
                fill: Theme.neutralButton
                text: Print.state === "printed"
                      //: Clearing case opened: the ticket was printed; a tap prints another.
                      ? qsTr("Printed – print again")
                      : Print.state === "failed"
                        //: Clearing case opened: printing the ticket failed; a tap tries again.
                        ? qsTr("Printing failed – try again")
                        //: Clearing case opened: prints the ticket (number and code) for the person.
                        : qsTr("Print this number")
                onClicked: Print.printClearingTicket()
            }
        }
    }
}
