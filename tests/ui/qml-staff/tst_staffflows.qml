// The staff flows by taps on the real Main.qml in staff mode (see quicktest_main.cpp): a reject
// that stays until staff act and is overridden there, and a search whose check-in hits a time rule.
import QtQuick
import QtTest
import Checkin.Backend
import CheckinTest

TestCase {
    id: test
    name: "StaffFlows"
    when: windowShown
    property var main: null

    function find(item, name) {
        if (item.objectName === name)
            return item
        var children = item.children !== undefined ? item.children : []
        for (var i = 0; i < children.length; ++i) {
            var hit = find(children[i], name)
            if (hit)
                return hit
        }
        return null
    }
    function item(name) {
        var hit = find(main.contentItem, name)
        verify(hit !== null, "no item " + name)
        return hit
    }
    function tap(name) {
        waitForRendering(main.contentItem)
        var target = item(name)
        verify(target.visible && target.enabled, name + " cannot be tapped")
        mouseClick(target)
    }

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Checkin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        main = component.createObject(null)
        verify(main !== null)
        waitForRendering(main.contentItem)
    }
    function cleanupTestCase() {
        main.destroy()
    }
    function init() {
        TestHooks.checkInGets("admitted")
        TestHooks.simulateIdle()
        Kiosk.dismissVerdict()
        Kiosk.goBack()
        compare(Kiosk.screen, "scan")
    }

    function test_aRejectStaysUntilStaffOverrideItWithAReason() {
        TestHooks.scanGets("wrong-day")
        compare(Kiosk.screen, "verdict")
        verify(Kiosk.verdictStays)
        // Written for staff, with the date of birth to compare with the ID card.
        compare(item("verdictTitle").text, "Für einen anderen Tag gebucht")
        verify(item("verdictBooking").text.indexOf("07.03.1950") >= 0, item("verdictBooking").text)
        tap("verdictDismiss")
        compare(Kiosk.screen, "verdict", "a tap beside the buttons does not drop the reject")
        const before = TestHooks.overrides()
        item("overrideNote").text = "Impfstoff übrig"
        tap("override-" + StaffSearch.OtherDayAccepted)
        compare(TestHooks.overrides(), before + 1)
        compare(Kiosk.screen, "verdict")
        compare(Kiosk.reason, "admitted-by-staff")
        compare(Kiosk.family, "pass")
        verify(!Kiosk.verdictStays)
        tap("verdictNext")
        compare(Kiosk.screen, "scan")
    }

    function test_aKeyProblemIsWordedAndLeadsToTheSearch() {
        TestHooks.scanGets("expired-key")
        compare(Kiosk.screen, "verdict")
        const detail = item("verdictStaffDetail").text
        verify(detail.indexOf("Schlüssel 2") >= 0, detail)
        verify(detail.indexOf("1788303600") < 0, "no raw numbers: " + detail)
        verify(find(main.contentItem, "override-0") === null, "a key problem is not overridable")
        tap("verdictSearch")
        compare(Kiosk.screen, "search")
    }

    function test_aSearchCheckInThatHitsATimeRuleShowsTheStaffVerdictAndComesBack() {
        Kiosk.openSearch()
        compare(Kiosk.screen, "search")
        item("searchField").text = "Müller"
        tap("searchGo")
        compare(StaffSearch.state, "results")
        const row = item("searchRowText-0").text
        verify(row.indexOf("30.11.2026 10:30") >= 0, row)
        verify(row.indexOf("bestätigt") >= 0, row)
        TestHooks.checkInGets("too-late")
        tap("searchRow-0")
        tap("idChecked")
        tap("searchCheckIn")
        compare(Kiosk.screen, "verdict", "the staff verdict, not the citizen's")
        compare(item("verdictTitle").text, "Zu spät")
        verify(Kiosk.verdictStays)
        tap("override-" + StaffSearch.LateAccepted)
        compare(Kiosk.reason, "admitted-by-staff")
        tap("verdictNext")
        compare(Kiosk.screen, "search", "back to the search, not to scanning")
        compare(StaffSearch.state, "results")
    }

    function test_aSearchCheckInAdmitsAfterTheIdCheck() {
        Kiosk.openSearch()
        item("searchField").text = "Anna"
        tap("searchGo")
        tap("searchRow-0")
        tap("searchCheckIn")
        compare(StaffSearch.problem, "id-not-checked")
        compare(Kiosk.screen, "search")
        tap("idChecked")
        tap("searchCheckIn")
        compare(Kiosk.screen, "verdict")
        compare(Kiosk.family, "pass")
        verify(item("verdictBooking").text.indexOf("07.03.1950") >= 0, "the staff PASS shows the date of birth")
        tap("verdictNext")
        compare(Kiosk.screen, "search")
    }
}
