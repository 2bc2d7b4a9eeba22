// Flows between screens, PIN lockout, idle reset and language switch, driven by taps on the real
// Main.qml (self-service mode; see quicktest_main.cpp).
import QtQuick
import QtTest
import Checkin.Backend
import CheckinTest

TestCase {
    id: test
    name: "KioskFlows"
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
        // Positioners lay out at the next polish: let the scene settle before aiming.
        waitForRendering(main.contentItem)
        var target = item(name)
        verify(target.visible && target.enabled, name + " cannot be tapped")
        mouseClick(target)
    }
    function pressKeys(keys) {
        // The PIN pad's buttons: pin-0 … pin-8 are 1 … 9, pin-10 is 0, pin-11 is OK.
        for (var i = 0; i < keys.length; ++i) {
            var k = keys[i]
            tap(k === "OK" ? "pin-11" : k === "0" ? "pin-10" : "pin-" + (parseInt(k) - 1))
        }
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
        TestHooks.simulateIdle()
        compare(Kiosk.screen, "scan")
    }

    function test_noCodeLeadsToTheLookupAndBack() {
        tap("noCodeButton")
        compare(Kiosk.screen, "lookup")
        verify(item("familyNameField").visible)
        tap("lookupBack")
        compare(Kiosk.screen, "scan")
    }

    function test_lookupFindsOneMaskedPersonAndAdmitsOnlyWithTheSecondFactor() {
        tap("noCodeButton")
        Lookup.search("Müller", "07.03.1950")
        compare(Lookup.state, "found")
        // The name sits in bidi isolates (U+2068 … U+2069), so it keeps its order in Arabic too.
        const hit = item("lookupHit").text
        verify(hit.indexOf("\u2068Anna\u2069") === 0, hit)
        verify(hit.replace(/[\u2068\u2069]/g, "").indexOf("Anna M.") === 0, hit)
        tap("lookupConfirm")
        compare(Kiosk.screen, "lookup", "a tap alone admits nobody")
        compare(Lookup.state, "factor")
        item("factorField").text = "66111"
        tap("factorSubmit")
        compare(Kiosk.screen, "verdict")
        compare(Kiosk.family, "pass")
        tap("verdictDismiss") // a touch on the verdict keeps it (self-service)
        compare(Kiosk.screen, "verdict")
        tap("verdictContinue")
        compare(Kiosk.screen, "scan")
    }

    function test_pinLocksOutAfterThreeWrongTries() {
        Kiosk.openStaffArea()
        compare(Kiosk.screen, "pin")
        for (var i = 0; i < 3; ++i)
            pressKeys(["1", "1", "1", "1", "OK"])
        verify(Pin.lockedOut)
        verify(!item("pin-0").enabled, "the pad is disabled while locked out")
        TestHooks.advanceClock(30)
        verify(!Pin.lockedOut)
        pressKeys(["2", "4", "6", "8", "OK"])
        compare(Kiosk.screen, "figures")
        tap("navTechnician")
        compare(Kiosk.screen, "technician")
        tap("navLeave")
        compare(Kiosk.screen, "scan")
        verify(!Pin.unlocked)
    }

    function test_idleResetReturnsToGermanAndTheScanScreen() {
        tap("language-ar")
        compare(Language.language, "ar")
        verify(main.contentItem.children[0].LayoutMirroring.enabled)
        tap("noCodeButton")
        TestHooks.simulateIdle()
        compare(Kiosk.screen, "scan")
        compare(Language.language, "de")
        verify(!main.contentItem.children[0].LayoutMirroring.enabled)
    }

    function test_languageButtonTranslatesTheScreen() {
        tap("language-fr")
        compare(item("scanInstruction").text, "Veuillez présenter le code QR de votre réservation devant la caméra")
        tap("language-uk")
        compare(item("scanInstruction").text, "Піднесіть QR-код вашого запису до камери")
        tap("language-de")
        compare(item("scanInstruction").text, "Bitte halten Sie den QR-Code Ihrer Buchung vor die Kamera")
    }
}
