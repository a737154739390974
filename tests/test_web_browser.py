"""The pages in Debian's headless chromium: what a reader sees on the article, speaker and
claims pages of a store of the founding article (and the dev set where present), keyboard
use, phone width, a hostile article; screenshots go to out/screenshots (git-ignored)."""
import pytest

from wiezeiwat.store import Store
from wiezeiwat.web import create_app

from browser import DESKTOP, PHONE, chromium, full_page_shot, live_server
from conftest import EXAMPLE, ROOT

SHOTS = ROOT / "out" / "screenshots"


@pytest.fixture(scope="module")
def site(founding_store):
    with live_server(create_app(founding_store)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with chromium(DESKTOP) as driver:
        yield driver


def shoot(driver, name: str) -> None:
    """The page at desktop and phone width; the window is put back afterwards."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        full_page_shot(driver, SHOTS / f"{name}-{label}.png", width)
        path = SHOTS / f"{name}-{label}.png"
        assert path.stat().st_size > 10_000
    driver.set_window_size(*DESKTOP)


def by_css(driver, css):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, css)


def first_claim_with(driver, words: str):
    cards = [c for c in by_css(driver, "article.claim") if words in c.text]
    assert cards, f"no claim card with {words!r}"
    return cards[0]


def stances_in(card) -> list[tuple[str, str]]:
    """(who, stance class) per stance line of a claim card."""
    from selenium.webdriver.common.by import By
    out = []
    for li in card.find_elements(By.CSS_SELECTOR, "ol.stances li"):
        badge = li.find_element(By.CSS_SELECTOR, ".stance")
        out.append((li.text.split(badge.text)[0].split(maxsplit=1)[-1].strip(),
                    badge.get_attribute("class").split("st-")[-1]))
    return out


def test_claims_board_shows_who_neither_confirmed_and_who_hedged(site, browser):
    browser.get(f"{site}/claims")
    # the claim Trump made about the phone call: the Kremlin's and Peskov's answers, in order
    card = first_claim_with(browser, "telefoongesprek")
    assert "Donald Trump" in card.text
    stances = stances_in(card)
    assert ("Kremlin", "neither") in stances and ("Peskov", "hedge") in stances
    assert "neither confirms nor denies" in card.text and "hedges" in card.text
    shoot(browser, "claims")


def test_claims_board_filters_by_stance_and_speaker(site, browser):
    browser.get(f"{site}/claims?stance=neither")
    cards = by_css(browser, "article.claim")
    assert cards and all(by_css(c, ".st-neither") for c in cards)
    browser.get(f"{site}/claims?speaker=Peskov")
    assert [c for c in by_css(browser, "article.claim") if "Peskov" in c.text]


def test_speaker_page_lists_trumps_quotes_with_a_timeline(site, browser, founding_store):
    browser.get(f"{site}/claims")
    link = [a for a in by_css(browser, "article.claim .meta a") if a.text == "Donald Trump"][0]
    link.click()
    assert browser.find_element("tag name", "h1").text == "Donald Trump"
    with Store(founding_store, create=False) as db:
        stored = db.speaker_quotes("Donald Trump")
    shown = by_css(browser, "ol.quotes > li blockquote")
    assert stored and [b.text for b in shown] == [q["text"] for q in stored][:50]
    assert by_css(browser, "figure.chart svg rect"), "no bars in the timeline"
    # every quote links to its article
    assert all("/articles/" in a.get_attribute("href") for a in by_css(browser, "ol.quotes .meta a"))
    shoot(browser, "speaker-trump")


def test_article_page_marks_quotes_and_shows_details_on_focus(site, browser):
    from selenium.webdriver.common.keys import Keys
    browser.get(f"{site}/articles/{EXAMPLE.stem}")
    marks = by_css(browser, ".text mark.q")
    assert len({m.get_attribute("aria-describedby").rsplit("-", 1)[0] for m in marks}) >= 20
    tip = browser.find_element("id", marks[0].get_attribute("aria-describedby"))
    assert not tip.is_displayed()
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)  # skip link, then the menu, the search box … until the first mark
    for _ in range(12):
        if browser.switch_to.active_element == marks[0]:
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == marks[0], "the first quote is not reachable by Tab"
    assert tip.is_displayed() and "Donald Trump" in tip.text
    keys = [td.text for td in by_css(browser, "section[aria-labelledby=h-e] td code")]
    assert "donald-trump" in keys
    shoot(browser, "article-founding")


def test_phone_width_has_no_sideways_scrolling(site):
    with chromium(PHONE) as driver:
        for path in ("/", f"/articles/{EXAMPLE.stem}", "/claims", "/speakers", "/speakers/donald-trump"):
            driver.get(site + path)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, (path, overflow)


def test_hostile_article_is_inert_in_the_browser(tmp_path):
    from test_web import hostile_article
    path = tmp_path / "evil.sqlite"
    with Store(path) as db:
        db.ingest([hostile_article()])
    with live_server(create_app(path)) as base, chromium() as driver:
        for page in ("/articles/evil%3Cscript%3E", "/claims", "/", "/search?q=kijk"):
            driver.get(base + page)
            assert driver.title != "pwned"
            assert driver.execute_script("return document.querySelectorAll("
                                         "'script:not([src]), img, [onerror], a[href^=javascript]').length") == 0
            logs = [e for e in driver.get_log("browser") if "alert" in e.get("message", "")]
            assert not logs
        assert "<script>alert(1)</script>" in driver.find_element("tag name", "main").text
        shoot(driver, "hostile")


def test_analyse_page_posts_a_text_and_shows_its_quotes(founding_store):
    from selenium.webdriver.support.ui import WebDriverWait
    with live_server(create_app(founding_store, allow_analyze=True)) as base, chromium() as driver:
        driver.get(f"{base}/analyze")
        driver.find_element("id", "an-date").send_keys("2025-02")
        driver.find_element("id", "an-text").send_keys(
            'Rutte zei dat hij <b>niet</b> kwam. "Dat klopt niet", ontkende Jetten.')
        driver.find_element("css selector", "#analyze button").click()
        WebDriverWait(driver, 60).until(lambda d: by_css(d, "#an-out li"))
        items = [li.text for li in by_css(driver, "#an-out li")]
        assert any("Rutte" in t and "<b>niet</b>" in t for t in items)  # shown as text
        assert not by_css(driver, "#an-out b")  # the <b> stayed text, not markup
        assert driver.find_element("id", "an-status").text.startswith(f"{len(items)} quote(s)")
        shoot(driver, "analyse")
