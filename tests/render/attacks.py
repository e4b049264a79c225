"""Known attacks on the client's renderer, by class (issue 9).

Each entry is a model answer that, passed to marked 12.0.1 as it is, renders raw
HTML, an event handler or a URL other than http, https or mailto; a test checks
that every one of them really does, so the corpus cannot rot into harmless text.
"""

from __future__ import annotations

IMG = "<img src=x onerror=alert(1)>"
JS = "javascript:alert(1)"

ATTACKS: dict[str, tuple[str, ...]] = {
    # marked closes a fence when its list item or quote ends; a parse that keeps
    # reading code from there leaves what follows unescaped.
    "fence_in_container": (
        f"1. step\n   ```\n   code\n2. {IMG}\n```",
        f"- a\n\n  ```\n  x\n\ntext {IMG}\n```",
        "* a\n  ~~~\n* <svg onload=alert(1)>\n~~~",
        f"- a\n  - b\n    ```\n- {IMG}\n```",
        f"- > quote\n  ```\n- {IMG}\n```",
        f"> - a\n>   ```\n> - {IMG}\n```",
        f"- a\n  ````\n  ```\n- {IMG}\n````",
        f"1) a\n   ~~~py\n2) b {IMG}\n~~~",
    ),
    # A backtick in a link's destination or title is part of the URL, not a code span.
    "backtick_in_link": (
        f"[x](https://a.example/`) {IMG} `",
        f'[x](https://a.example "`") {IMG} `',
        "![x](https://a.example/`.png) <script>alert(1)</script> `",
        f"[x](<https://a.example/`>) {IMG}`",
        f"[x](https://a.example/?q=` 'title') {IMG} `",
        f"See [docs](https://a.example/``) and {IMG} ``.",
    ),
    # Definitions the renderer accepts where a line-by-line reading does not.
    "reference_definition": (
        f"[a\nb]: {JS}\n\n[a b]",
        f"- [x]: {JS}\n\n[x]",
        f"> [x]: {JS}\n\n[x]",
        f"[x]: https://a.example/{IMG}\n\n[x]",
        f"[x]:\n{JS}\n\n[x]",
        f"1. [x]:\n   {JS}\n\n[x][]",
        f"> [x]: <{JS}>\n\n![x]",
        "[x]: https://a.example/<svg onload=alert(1)>\n\n[x]",
    ),
    # A link hidden in the previous link's destination token, or wrapped around one.
    "hidden_link": (
        f"[a](https://a.example)[b]({JS})",
        f"[![img](https://a.example/i.png)]({JS})",
        "[a](https://a.example/)[b](vbscript:msgbox(1))",
        f"[a](https://a.example/?x=1)![i](data:image/svg+xml,{IMG})",
        f"[a](https://a.example/(x))[b]({JS})",
        f"[a](https://a.example/\\))[b]({JS})",
    ),
    "raw_html": (
        "<script>alert(1)</script>",
        IMG,
        "<svg onload=alert(1)>",
        f"<iframe src={JS}></iframe>",
        f"<a href={JS}>x</a>",
        "<details open ontoggle=alert(1)>",
        "<IMG SRC=x ONERROR=alert(1)>",
        '<img src="x" onerror="alert(1)">',
        f"</p>{IMG}",
        f"Some text {IMG} more text",
        f"# Title {IMG}",
        f"- item {IMG}",
        "<div>\n\n<script>alert(1)</script>\n\n</div>",
        "<style>*{background:red}</style>",
        "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
    ),
    "comment": (
        f"<!-- -->{IMG}",
        f"<!--{IMG}-->",
        "<!-- comment -->",
        "<?php alert(1) ?>",
        "<![CDATA[x]]>",
        "<!-- a --><svg onload=alert(1)>",
    ),
    "entity_encoded_scheme": (
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](javascript&#58;alert(1))",
        "[a](&#0000106;avascript:alert(1))",
        "![a](&#100;ata:image/svg+xml,x)",
        "[a]: &#106;avascript:alert(1)\n\n[a]",
        "[a](<&#106;avascript:alert(1)>)",
    ),
    "mixed_case_scheme": (
        "[a](JaVaScRiPt:alert(1))",
        "[a](JAVASCRIPT:alert(1))",
        "![a](DaTa:image/svg+xml,x)",
        "[a](VbScRiPt:msgbox(1))",
        "<JaVaScRiPt:alert(1)>",
        "[a]: JaVaScRiPt:alert(1)\n\n[a]",
    ),
    "whitespace_split_scheme": (
        "[a](<java&#9;script:alert(1)>)",
        "[a](java&#10;script:alert(1))",
        "[a](java&#13;script:alert(1))",
        "[a](&#32;javascript:alert(1))",
        "[a](&#x20;javascript:alert(1))",
        "[a](&Tab;javascript:alert(1))",
        "[a](<&NewLine;javascript:alert(1)>)",
    ),
    "data_vbscript": (
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![a](data:image/svg+xml,x)",
        "[a](vbscript:msgbox(1))",
        "[a](file:///etc/passwd)",
        "[a](blob:https://a.example/x)",
        "[a](./relative/path)",
    ),
    "autolink": (
        f"<{JS}>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "<file:///etc/passwd>",
        "Download ftp://files.example/x.zip now",
        "<ftp://files.example/x.zip>",
        "WWW.example.com is the site",
        "**see**Www.example.com/x",
    ),
    "table": (
        f"| a | b |\n|---|---|\n| `x|{IMG}` |",
        f"| a | b |\n|---|---|\n| {IMG} | c |",
        f"| [x]({JS}) |\n|---|",
        f"a | b\n--|--\n`c|{IMG}` | d",
        f"| a | b |\n|---|---|\n| `\\\\|{IMG}` |",
        f"| a `x | {IMG} ` |\n| --- | --- |",
    ),
    # Where marked's own parse differs from CommonMark's.
    "marked_quirks": (
        f"https://a.example/`{IMG}`",
        f"www.a.example/`{IMG}`",
        f"~~a `b~~{IMG}` c~~",
        f"~a `b~{IMG}` c~",
        f"[\\[x\\]({JS})](https://a.example)",
        "FTP://files.example/x",
        f"*x ``a*{IMG}``*",
        f"x ~~~~a~~~~`{IMG}`",  # marked reads "~~~~`" as text: the code span never opens
        # A bare URL takes in an image's "![": its target then starts a URL of its own.
        f"https://a.example/x![a b](https://a.example/)`{IMG}`",
        # A bare URL takes in a "~~" opener: the closer then opens, up to a ~~ in code.
        f"www.a.example/~~a b~~!`x~~{IMG}` y",
    ),
}


def all_attacks() -> list[tuple[str, str]]:
    return [(name, attack) for name, attacks in ATTACKS.items() for attack in attacks]
