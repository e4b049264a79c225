"""The page the OAuth callback answers with: it hands the access token to the desktop app.

The desktop app opens the consent flow in an Electron window with Node
integration; the original page called ``ipcRenderer.send('token-received',
token)`` and so does this one. Every value is escaped for where it lands
(JSON inside a script, text inside HTML), and the Content-Security-Policy
allows only this response's own script and style, by nonce.
"""

from __future__ import annotations

import html
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_SCRIPT = """(function () {
  var token = %(token)s;
  var sent = false;
  try {
    if (typeof require === "function") {
      var electron = require("electron");
      if (electron && electron.ipcRenderer) {
        electron.ipcRenderer.send("token-received", token);
        sent = true;
      }
    }
  } catch (error) {
    sent = false;
  }
  if (!sent && window.ipcRenderer && typeof window.ipcRenderer.send === "function") {
    window.ipcRenderer.send("token-received", token);
    sent = true;
  }
  document.getElementById("next").textContent = sent
    ? "You can close this window."
    : "Return to Milio to continue.";
})();"""

_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;"
    "align-items:center;justify-content:center;background:#f5f5f7;color:#1d1d1f}"
    "main{background:#fff;padding:2rem 2.5rem;border-radius:12px;max-width:28rem;"
    "text-align:center;box-shadow:0 4px 16px rgba(0,0,0,.08)}"
)

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>%(title)s</title>
<style nonce="%(nonce)s">%(style)s</style>
</head>
<body>
<main>
<h1>%(title)s</h1>
<p>%(message)s</p>
<div id="next">%(next)s</div>
</main>
%(script)s
</body>
</html>
"""


@dataclass(frozen=True)
class CallbackPage:
    html: str
    status_code: int
    content_security_policy: str
    # Every header the response should carry, the CSP included.
    headers: dict[str, str] = field(default_factory=dict)


def connected_page(access_token: str, google_email: str) -> CallbackPage:
    """The success page: shows the address and sends the token to the app."""
    nonce = secrets.token_urlsafe(18)
    script = f'<script nonce="{nonce}">{_SCRIPT % {"token": script_json(access_token)}}</script>'
    body = _PAGE % {
        "title": "Gmail connected",
        "message": f"Milio can now send mail as {html.escape(google_email)}.",
        "next": "",
        "nonce": nonce,
        "style": _STYLE,
        "script": script,
    }
    return _page(body, 200, nonce)


def error_page(message: str, status_code: int = 400) -> CallbackPage:
    """A failed connection: the message shown as text, no script at all."""
    nonce = secrets.token_urlsafe(18)
    body = _PAGE % {
        "title": "Gmail was not connected",
        "message": html.escape(message),
        "next": "Close this window and try again from Milio.",
        "nonce": nonce,
        "style": _STYLE,
        "script": "",
    }
    return _page(body, status_code, nonce)


_CONFIRM_FORM = """<form method="post" action="login">
<input type="hidden" name="ticket" value="%(ticket)s">
<button type="submit">Continue to Google</button>
</form>"""


def confirm_page(account_email: str, ticket: str, google_auth_uri: str) -> CallbackPage:
    """Before Google: names the Milio account that will get access; its form continues.

    No script: the button is the only way on. The CSP lets the form post here and the
    answer redirect to Google's consent page (browsers apply form-action to both).
    """
    nonce = secrets.token_urlsafe(18)
    body = _PAGE % {
        "title": "Connect Gmail to Milio",
        "message": (
            "Milio will be able to send mail from your Gmail address for the Milio account "
            f"<strong>{html.escape(account_email)}</strong>. "
            f"{_spelled_out(account_email)}"
            "If this is not your Milio account, close this window."
        ),
        "next": _CONFIRM_FORM % {"ticket": html.escape(ticket, quote=True)},
        "nonce": nonce,
        "style": _STYLE,
        "script": "",
    }
    parts = urlsplit(google_auth_uri)
    return _page(body, 200, nonce, form_action=f"'self' {parts.scheme}://{parts.netloc}")


def _spelled_out(address: str) -> str:
    """For an address with characters beyond ASCII, the same address in a form that no
    look-alike shares: those characters by code point and name, the domain in punycode.
    A Cyrillic "а" shows exactly like a Latin "a"; "U+0430 CYRILLIC SMALL LETTER A" does not."""
    if address.isascii():
        return ""
    local, _, domain = address.rpartition("@")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = _escaped(domain)
    names = sorted(
        {f"U+{ord(c):04X} {unicodedata.name(c, 'UNNAMED')}" for c in address if not c.isascii()}
    )
    spelled = html.escape(f"{_escaped(local)}@{ascii_domain}")
    return (
        "It is written with characters that are not plain Latin letters: "
        f"{html.escape(', '.join(names))}; in ASCII: <strong><code>{spelled}</code></strong>. "
    )


def _escaped(text: str) -> str:
    return "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in text)


def script_json(value: str) -> str:
    """``value`` as a JavaScript string literal that cannot end the script element.

    json.dumps escapes quotes, backslashes, controls and (ensure_ascii) U+2028/9;
    <, > and & are escaped too, so no ``</script>`` or ``<!--`` can appear.
    """
    encoded = json.dumps(value, ensure_ascii=True)
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page(body: str, status_code: int, nonce: str, form_action: str = "'none'") -> CallbackPage:
    csp = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        f"base-uri 'none'; form-action {form_action}; frame-ancestors 'none'"
    )
    headers = {
        "Content-Security-Policy": csp,
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }
    return CallbackPage(
        html=body, status_code=status_code, content_security_policy=csp, headers=headers
    )


def google_error_page(error: str) -> CallbackPage:
    """The page for a callback where Google sent ``error`` instead of a code."""
    if error == "access_denied":
        return error_page("You did not allow Milio to send mail with Gmail.")
    return error_page("Google could not complete the sign-in.")
