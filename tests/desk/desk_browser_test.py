#!/usr/bin/env python3
"""The clearing desk in a real headless Chromium against a real checkin-hub on loopback, with the
real checkin-terminal at the center's entrance.

A self-service kiosk of SB1 missed and opened a case (it speaks the sync protocol over HTTP here:
its screens, from the miss to the printed ticket, are driven in tests/ui/onsite_flow_test.cpp). A
desk user, provisioned with `checkin-hub desk add`, signs in, finds the case by the ticket the
citizen reads out (typed in lower case with O for 0) and by a misspelt name, finds the person's
appointment by search and attaches the case. The entrance kiosk, the real checkin-terminal
(offscreen, its camera a folder of frames written by `checkinctl codes scene`), learns the
resolution in its next sync and admits the person when the ticket's QR code is held up; the
check-in comes back to the case's history, which names the desk user and the kiosk. Another
center's kiosk learns nothing. A case opened for a caller gets a ticket and a walk-in place; the
day's report as a page and as CSV. Screenshots of every page go to the output folder and are
checked for their content. Exit 77 without chromium.

    desk_browser_test.py CHECKIN_HUB OUT_DIR CHECKIN_TERMINAL CHECKINCTL
"""
import datetime
import http.cookiejar
import json
import os
import time
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import zoneinfo

HUB, OUT, TERMINAL, CTL = sys.argv[1:5]
if not shutil.which("chromium") or not shutil.which("chromedriver"):
    print("chromium or chromedriver is not installed: skipped")
    sys.exit(77)
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("python3-selenium is not installed: skipped")
    sys.exit(77)

os.makedirs(OUT, exist_ok=True)
work = tempfile.mkdtemp(prefix="desk-browser-")
KIOSK_TOKEN = "kiosk-token-0123456789abcdef0123456789"
DOOR_TOKEN = "door-token-0123456789abcdef0123456789ab"
OTHER_TOKEN = "other-token-0123456789abcdef0123"
CREDENTIAL = "desk-credential-0123456789abcdef0123456789"
berlin_now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin"))
today = berlin_now.date().isoformat()
# Her slot is now (the entrance admits on time only), within today.
start_minute = min(max(berlin_now.hour * 60 + berlin_now.minute - 5, 0), 1380)
SLOT = f"{start_minute // 60:02d}:{start_minute % 60:02d}"
SLOT_END = f"{(start_minute + 45) // 60:02d}:{(start_minute + 45) % 60:02d}"
with open(os.path.join(work, "tokens"), "w") as f:
    f.write(f"kiosk-a SB1 {KIOSK_TOKEN}\nsb1-door SB1 {DOOR_TOKEN}\nkiosk-z SB2 {OTHER_TOKEN}\n")
with open(os.path.join(work, "admin"), "w") as f:
    f.write(CREDENTIAL)
with open(os.path.join(work, "appointments.csv"), "w") as f:
    f.write("id,booking_ref,center_id,day,slot_start,slot_end,status,given_name,family_name,birth_date,"
            "postal_code,language,code,version\n")
    f.write(f"41,SB1-4K7T-93QX,SB1,{today},{SLOT},{SLOT_END},confirmed,Bożena,Kowalczyk,1949-04-03,66111,pl,CODE-41,1\n")
    f.write(f"42,SB1-5M8V-04RY,SB1,{today},10:45,11:00,confirmed,Erika,Mustermann,1970-01-01,66111,de,CODE-42,1\n")
    f.write(f"43,SB2-6N9W-15SZ,SB2,{today},10:45,11:00,confirmed,Bożena,Kowalczyk,1949-04-03,66111,de,CODE-43,1\n")

# The desk's person gets an access key of their own (printed once); the history names her.
DESK_USER = "anna-schmidt"
DESK_KEY = subprocess.run([HUB, "desk", "add", "--db", os.path.join(work, "hub.sqlite"), "--user", DESK_USER],
                          check=True, capture_output=True, text=True).stdout.strip()

hub = subprocess.Popen(
    [HUB, "--db", os.path.join(work, "hub.sqlite"), "--listen", "127.0.0.1", "--port", "0",
     "--tokens-file", os.path.join(work, "tokens"), "--admin-token-file", os.path.join(work, "admin"),
     "--import", os.path.join(work, "appointments.csv"), "--walk-in-capacity", "2",
     "--retention-days", "0", "--time-zone", "Europe/Berlin"],
    stdout=subprocess.PIPE, text=True)
driver = None
door = None
failures = []
FRAMES = 16


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


try:
    line = hub.stdout.readline()
    assert "listening on" in line, line
    base = "http://127.0.0.1:" + line.strip().rsplit(":", 1)[1]

    def api(method, path, body, token):
        req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None,
                                     method=method, headers={"Authorization": "Bearer " + token,
                                                             "Content-Type": "application/json"})
        with urllib.request.urlopen(req) as r:
            return json.loads(r.read())

    # The entrance kiosk: the real program, its camera a looping folder of frames (nobody yet).
    camera = os.path.join(work, "camera")
    os.makedirs(camera)

    def render(text, folder):
        """The frames of a person holding `text` up in half of them (so each loop of the sequence
        is a new arrival for the scanner), or of nobody, rendered once into `folder`."""
        os.makedirs(folder, exist_ok=True)
        for i in range(FRAMES):
            cmd = [CTL, "codes", "scene", "--png", os.path.join(folder, f"img_{i:03d}.png"), "--seed", str(i + 1)]
            if text and i < FRAMES // 2:
                cmd += ["--text", text]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def hold_up(folder):
        """The camera's picture from the next frame on: each frame replaced atomically."""
        for i in range(FRAMES):
            name = f"img_{i:03d}.png"
            shutil.copy(os.path.join(folder, name), os.path.join(camera, name + ".part.png"))
            os.replace(os.path.join(camera, name + ".part.png"), os.path.join(camera, name))

    nobody = os.path.join(work, "frames-nobody")
    render(None, nobody)
    hold_up(nobody)
    with open(os.path.join(work, "door-token"), "w") as f:
        f.write(DOOR_TOKEN + "\n")
    with open(os.path.join(work, "door.toml"), "w") as f:
        f.write(f"""[kiosk]\nid = "sb1-door"\nmode = "staff"\ncenter_id = "SB1"\ncenter_name = "Impfzentrum Saarbrücken"
[camera]\nsource = "{camera}/img_%03d.png"\nwidth = 640\nheight = 480\nfps = 20\nloop = true
[sync]\nurl = "{base}"\ntoken_file = "door-token"\n""")
    door_log = open(os.path.join(OUT, "door-kiosk.log"), "w")
    door = subprocess.Popen([TERMINAL, "--config", os.path.join(work, "door.toml"), "--data-dir",
                             os.path.join(work, "door-data"), "--staff-pin-file", os.path.join(work, "none")],
                            stdout=door_log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Europe/Berlin"))

    def door_says(pattern, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            with open(os.path.join(OUT, "door-kiosk.log")) as f:
                if pattern in f.read():
                    return True
            if door.poll() is not None:
                return False
            time.sleep(0.1)
        return False

    check(door_says("checkin-terminal: ready center=Impfzentrum Saarbrücken", 60), "the entrance kiosk is ready")
    check(door_says("sync online", 60), "the entrance kiosk syncs with the hub")

    # The self-service kiosk missed; it opened a case and printed the ticket (pushed as it syncs).
    api("POST", "/v1/push", {"items": [{
        "kind": "case", "id": "019ad8f2-3c41-7a2e-9b7d-0e4f8a1c2d3b", "opened_at_ms": int(time.time() * 1000),
        "kiosk_id": "kiosk-a", "given_name": "Bożena", "family_name": "Kowalczyk",
        "birth_date": "1949-04-03", "contact": "0681 123456", "account": "booked by phone, no code",
        "case_kind": "no-match"}]}, KIOSK_TOKEN)
    case = api("GET", "/v1/clearing", None, CREDENTIAL)["cases"][0]
    ticket = case["ticket"]
    check(len(ticket) == 13 and ticket.startswith("K-"), "the hub lists a ticket: " + ticket)

    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + os.path.join(work, "chromium"), "--window-size=1280,1000"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)

    def shot(name, *expected):
        # A form sent with Enter navigates after send_keys returns: wait (bounded) until the next
        # page shows what it must, so a loaded machine reads the new page, not the old one.
        def shows_all(d):
            try:
                body = d.find_element(By.TAG_NAME, "body").text
            except WebDriverException as e:
                # The old page's body, read while the new page replaces it: Chromium says the node
                # left the document (not always as a stale element). Look again.
                if "does not belong to the document" in str(e):
                    return False
                raise
            return all(e in body for e in expected)
        try:
            WebDriverWait(driver, 15, ignored_exceptions=[StaleElementReferenceException]).until(shows_all)
        except TimeoutException:
            pass  # the checks below name what is missing
        path = os.path.join(OUT, "desk-" + name + ".png")
        driver.save_screenshot(path)
        text = driver.find_element(By.TAG_NAME, "body").text
        check(os.path.getsize(path) > 5000, name + ": screenshot has content")
        for e in expected:
            check(e in text, f"{name}: page shows {e!r}")
        return text

    def field(field_id):
        # The page may still be loading after a click: wait (bounded) for the field to exist.
        try:
            return WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, field_id))
        except TimeoutException:
            check(False, f"the page has a field {field_id!r}")
            raise

    def typed(field_id, text):
        el = field(field_id)
        el.clear()
        el.send_keys(text)
        return el

    driver.get(base + "/helpdesk")
    shot("login", "Klärungsstelle", "Benutzername", "Zugangsschlüssel")
    # With a desk user on the hub, the shared credential signs nobody in at the desk.
    typed("credential", CREDENTIAL).send_keys(Keys.ENTER)
    shot("login-shared-refused", "Benutzername oder Zugangsschlüssel falsch")
    # The clock for "a phone call resolved": from the signed-in start page to the resolved case.
    typed("user", DESK_USER)
    typed("credential", DESK_KEY).send_keys(Keys.ENTER)
    shot("home", "Offene Fälle (1)", ticket, "Bożena Kowalczyk", "03.04.1949", "Angemeldet: " + DESK_USER)
    call_started = time.time()

    # The citizen reads the ticket out; staff type it in lower case, O for 0 and l for 1.
    heard = ticket[2:].lower().replace("0", "o").replace("1", "l").replace("-", " ")
    typed("ticket", heard).send_keys(Keys.ENTER)
    shot("by-ticket", "Treffer (1)", ticket)
    # A misheard character is caught by the check character, with a clear message.
    wrong = ticket[:-2] + ("A" if ticket[-2] != "A" else "B") + ticket[-1]
    typed("ticket", wrong).send_keys(Keys.ENTER)
    text = shot("misheard", "falsch verstanden")
    check("{" not in text, "no raw JSON on the page")
    # By a misspelt name, without the Polish letters and with a typo.
    typed("ticket", "")
    typed("name", "bozena kowalzcyk").send_keys(Keys.ENTER)
    shot("by-name", "Treffer (1)", ticket)
    typed("name", "")
    typed("birth", "3.4.49").send_keys(Keys.ENTER)
    shot("by-birth", "Treffer (1)", ticket)

    driver.find_element(By.LINK_TEXT, "Öffnen").click()
    shot("case", ticket, "Termin suchen und zuordnen", "booked by phone, no code")
    # The appointment search starts from the case's name; only the case's center is searched.
    driver.find_element(By.XPATH, "//button[text()='Termine suchen']").click()
    text = shot("appointments", "SB1-4K7T-93QX", SLOT)
    check("SB2-6N9W-15SZ" not in text, "another center's appointment is not offered")
    # Attach without a resolution text: refused on the page, nothing changed.
    driver.find_element(By.XPATH, "//button[text()='Zuordnen']").click()
    shot("attach-refused", "Bitte kurz beschreiben")
    check(api("GET", "/v1/clearing", None, CREDENTIAL)["cases"] != [], "the case is still open")
    driver.find_element(By.XPATH, "//button[text()='Termine suchen']").click()
    res = field("res-41")
    res.send_keys("Termin telefonisch bestätigt")
    res.send_keys(Keys.ENTER)
    text = shot("attached", "gelöst", "Termin telefonisch bestätigt", "SB1-4K7T-93QX", "Termin zugeordnet")
    resolved_at = time.time()
    call_seconds = resolved_at - call_started
    check("#41" not in text, "the attached appointment is named by its booking, not its number")
    check(api("GET", "/v1/clearing", None, CREDENTIAL)["cases"] == [], "the case is closed at the hub")

    # The next pull of the center's kiosk carries the resolution; another center's kiosk gets none.
    feed = f"/v1/centers/SB1/appointments?from={today}&to={today}"
    resolutions = api("GET", feed, None, KIOSK_TOKEN)["resolutions"]
    check([(r["ticket"], r["appointment_id"], r["kind"]) for r in resolutions] == [(ticket, 41, "attached")],
          "the SB1 kiosk learns ticket -> appointment 41: " + json.dumps(resolutions))
    theirs = api("GET", f"/v1/centers/SB2/appointments?from={today}&to={today}", None, OTHER_TOKEN)
    check(theirs["resolutions"] == [], "the SB2 kiosk learns nothing of SB1's case")
    # She holds the ticket's QR code up at the entrance: the real kiosk, which learnt the resolution
    # in its sync, admits her; its check-in comes back to the case.
    admitted_at = None
    held = os.path.join(work, "frames-ticket")
    render(ticket, held)
    shown = time.time()
    for _ in range(10):
        hold_up(held)
        if door_says("verdict admitted appointment=41", 4):
            admitted_at = time.time()
            break
        hold_up(nobody)  # lowered for longer than the scanner's cooldown: the next try is a new scan
        time.sleep(3.5)
    check(admitted_at is not None, "the entrance kiosk admits the ticket's QR code (see door-kiosk.log)")
    hold_up(nobody)
    deadline = time.time() + 30
    while time.time() < deadline:
        history = driver.find_element(By.TAG_NAME, "body").text
        if "Am Eingang eingecheckt" in history:
            break
        time.sleep(0.5)
        driver.refresh()
    text = shot("case-history", "Verlauf", "Am Eingang eingecheckt", "sb1-door", "kiosk-a",
                "Klärungsstelle (" + DESK_USER + ")")
    # English on request.
    driver.find_element(By.LINK_TEXT, "English").click()
    shot("case-en", "resolved", "Resolution", "History", "Checked in at the entrance")
    driver.find_element(By.LINK_TEXT, "Deutsch").click()

    # A caller without a case: the desk opens one, keyboard only, and reads out the ticket.
    driver.find_element(By.LINK_TEXT, "Suche").click()
    typed("new-family", "X").send_keys(Keys.ENTER)
    shot("open-refused", "Bitte den Nachnamen eingeben")
    typed("new-given", "Jürgen")
    typed("new-family", "Özdemir")
    typed("new-birth", "1.2.1961")
    typed("new-contact", "0681 555")
    typed("new-account", "Termin am Telefon nie bestätigt").send_keys(Keys.ENTER)
    text = shot("opened", "Jürgen Özdemir", "01.02.1961", "Fall geöffnet")
    new_ticket = driver.title.split()[-1]
    check(new_ticket.startswith("K-") and new_ticket in text, "the new case shows its ticket " + new_ticket)
    day = field("day")
    check(day.get_attribute("value") == today, "the walk-in form proposes today in the center's zone")
    res = field("walkin-resolution")
    res.send_keys("Platz ohne Termin")
    res.send_keys(Keys.ENTER)
    shot("walk-in", "gelöst", "Ohne Termin eingelassen für")
    walk = [r for r in api("GET", feed, None, KIOSK_TOKEN)["resolutions"] if r["ticket"] == new_ticket]
    check(len(walk) == 1 and walk[0]["kind"] == "walk-in", "the walk-in reaches the kiosk with its ticket")

    # The day's report: a printable page and the same figures as CSV.
    driver.find_element(By.LINK_TEXT, "Tagesbericht").click()
    text = shot("report", "Tagesbericht SB1", "Gebucht", "Klärungsfälle geöffnet", "Als CSV herunterladen")
    rows = {}
    for line in text.splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) == 2 and parts[1].isdigit():
            rows[parts[0]] = int(parts[1])
    check(rows.get("Gebucht") == 2 and rows.get("Erschienen") == 1, "booked 2, arrived 1: " + str(rows))
    check(rows.get("Ohne Termin") == 1, "one walk-in")
    check(rows.get("Klärungsfälle geöffnet") == 2 and rows.get("Klärungsfälle gelöst") == 2, "two cases")
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    cookie = driver.get_cookie("hub_desk")
    req = urllib.request.Request(base + f"/helpdesk/report?format=csv&center=SB1&day={today}",
                                 headers={"Cookie": "hub_desk=" + cookie["value"]})
    with opener.open(req) as r:
        csv_text = r.read().decode()
        check(r.headers["Content-Type"].startswith("text/csv"), "the CSV is served as text/csv")
    check(csv_text.splitlines()[1] == f"SB1,{today},2,1,{rows.get('Nicht erschienen')},1,0,2,2",
          "the CSV has the page's figures: " + csv_text)
    driver.get(base + "/helpdesk/report?day=01.12.2026")
    text = shot("report-bad-day", "kein gültiges Datum")
    check("{" not in text, "no raw JSON on the report page")
finally:
    if driver:
        driver.quit()
    hub.terminate()
    hub.wait(timeout=10)
    if door:
        door.terminate()
        try:
            door.wait(timeout=20)
        except subprocess.TimeoutExpired:
            door.kill()
    shutil.rmtree(work, ignore_errors=True)

print("screenshots in", OUT)
if "call_seconds" in globals():
    print(f"[figure] desk, signed in to the resolved case (typing at machine speed): {call_seconds:.1f} s")
if "admitted_at" in globals() and admitted_at:
    print(f"[figure] ticket held up to the entrance kiosk until admitted: {admitted_at - shown:.1f} s"
          f" (the desk had resolved the case {shown - resolved_at:.1f} s before)")
if failures:
    print(len(failures), "checks failed")
    sys.exit(1)
print("all checks passed")
