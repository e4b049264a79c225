"""The page that hands the access token to the desktop app."""

from __future__ import annotations

import json
import re

from milio.gmail.callback_page import (
    connected_page,
    error_page,
    google_error_page,
    script_json,
)

HOSTILE = "</script><script>alert(1)</script><!--\u2028\"'&\\"


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.DOTALL)


def test_a_hostile_token_cannot_break_out_of_the_script() -> None:
    page = connected_page(HOSTILE, "alice@gmail.com")

    [script] = _scripts(page.html)  # exactly one script element, ours
    assert "</script" not in script.lower()
    assert page.html.count("<script") == 1
    literal = re.search(r"var token = (\".*?\");\n", script)
    assert literal is not None
    assert not set("<>&\u2028") & set(literal.group(1))
    assert json.loads(literal.group(1)) == HOSTILE  # the app receives the value unchanged


def test_the_script_sends_the_token_over_ipc_only_when_electron_is_there() -> None:
    [script] = _scripts(connected_page("ya29.token", "alice@gmail.com").html)
    assert 'typeof require === "function"' in script
    assert 'ipcRenderer.send("token-received", token)' in script


def test_a_hostile_address_is_html_escaped() -> None:
    page = connected_page("ya29.token", "<img src=x onerror=alert(1)>@evil.example")
    assert "<img" not in page.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.html


def test_the_page_has_a_strict_csp_with_its_own_nonce() -> None:
    page = connected_page("ya29.token", "alice@gmail.com")
    nonce = re.search(r"<script nonce=\"([^\"]+)\">", page.html)
    assert nonce is not None
    csp = page.content_security_policy
    assert "default-src 'none'" in csp
    assert f"script-src 'nonce-{nonce.group(1)}'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["Content-Security-Policy"] == csp
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.status_code == 200
    other = connected_page("ya29.token", "alice@gmail.com")
    assert other.content_security_policy != csp  # a fresh nonce per response


def test_error_pages_escape_the_message_and_run_no_script() -> None:
    page = error_page("<b>bad</b>", 400)
    assert "<script" not in page.html
    assert "&lt;b&gt;bad&lt;/b&gt;" in page.html
    assert page.status_code == 400


def test_googles_error_parameter_is_never_echoed() -> None:
    page = google_error_page("<script>alert(1)</script>")
    assert "alert" not in page.html
    assert "did not allow" in google_error_page("access_denied").html


def test_script_json_escapes_html_significant_characters() -> None:
    assert script_json("<>&") == '"\\u003c\\u003e\\u0026"'
    assert script_json("\u2028") == '"\\u2028"'
