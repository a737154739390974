"""Headless Debian chromium driven by Selenium, and a live server in a thread.

Only the system browser (`make browser` installs chromium and chromium-driver): nothing
is downloaded; Selenium Manager is switched off."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager

import pytest

from wiezeiwat.web.server import background

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
DESKTOP, PHONE = (1280, 900), (390, 844)


live_server = background  # the app in uvicorn on a free loopback port, in a thread


@contextmanager
def chromium(size=DESKTOP):
    """A fresh headless chromium (own profile directory), or skip where it is not installed."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("chromium and chromium-driver are not installed (make browser)")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    profile = tempfile.mkdtemp(prefix="wiezeiwat-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def full_page_shot(driver, path, width: int) -> None:
    """Screenshot of the whole page at this width (the window grows to the page's height)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 100, 600), 6000))
    driver.save_screenshot(str(path))
