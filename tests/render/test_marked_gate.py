"""The gate is marked 12.0.1 itself: loading it, its limits, and what it lets through.

The node judge (tests/render/judge.py) is the reference: marked through node,
its HTML parsed by parse5. The gate runs the same marked.umd.js in mini-racer's
V8 and reads the HTML with html5ever; whatever it passes, the judge must find safe.
"""

from __future__ import annotations

import hashlib
import logging
import random
import subprocess
import sys
from pathlib import Path

import pytest

from milio.chat.answers import gate, release, renderer
from milio.chat.answers.emitter import sanitize_markdown
from milio.chat.answers.gate import is_safe_markdown
from milio.chat.answers.renderer import MarkedRenderer, RenderError, find_marked
from milio.chat.contract.system_message import SafeAnswerStream, UnsafeAnswerError, safe_answer
from tests.fakes.sanitizer import BrokenSanitizer
from tests.render.attacks import all_attacks
from tests.render.benign import BENIGN
from tests.render.differential import REPRODUCERS, differential_answer
from tests.render.judge import MarkedJudge

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for marked that misbehaves, shaped as the UMD build is (exports at globalThis.marked).
_MISBEHAVING = """
globalThis.marked = {marked: Object.assign(function (text) {
  if (text === 'loop') { while (true) {} }
  if (text === 'memory') { const a = []; while (true) { a.push(new Array(1e6).fill(text)); } }
  if (text === 'deep') { const f = (n) => f(n + 1) + 1; return f(0); }
  if (text === 'throw') { throw new Error('no'); }
  return '<p>' + text + '</p>';
}, {setOptions() {}})};
"""


def test_plain_first_words_stream_at_once_and_markup_is_judged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(release, "StreamingSanitizer", BrokenSanitizer)  # lets raw HTML by
    assert gate.warm()
    stream = SafeAnswerStream(clock=lambda: 0.0)
    assert stream.feed("x") == "Hello"
    with pytest.raises(UnsafeAnswerError):
        stream.feed("y")


# Pieces of text over what `provably_safe` allows, aimed at every rule marked has
# for it: block starts, tables and their alignment, ~~~ fences and their info,
# emphasis, bare URLs and e-mail addresses, schemes, quotes and Unicode blanks.
_SAFE_PIECES = (
    "# ", "###### ", "- ", "* ", "+ ", "1. ", "7) ", "> ", "    ", "\t", "~~~", "~~~js x\"y",
    "***", "---", "___", "===", "| a | b |\n|:--|--:|\n", "|", ":-:", "**", "*", "__", "_",
    "~~", "~", "www", "WWW", "w.", "x.y", "a.b+c@d.example", "http:", "ftp:",
    "mailto:", "javascript:", "data:", "//", "/", ":", "(", ")", "!", '"', "'", "onerror=",
    "=", "%", "{", "}", "#", "$", " ", "  \n", "\n", "\n\n", "word", "é", "\u00a0",
    "\u2028", "\ufeff", "\u3000", ".", ",", ";", "?", "0", "12", "&", "&#35;", "&#32;",
    "&#10;", "&amp;", "&lt;img src=x onerror=alert(1)&gt;", "&#x3c;", "&#60;", "&#0;", "&nbsp;",
    "&quot;", "&#106;avascript&#58;", "&#x110000;", "`", "``", "```", "```js x", "\\",
    "\\\n", "\\*", "\\&", "\\`", "[", "]", "![", "](", "](https://a.example/x)",
    "](http://a", "](javascript:x)", "](mailto:a@b.example)", "](#x)", "]( https://a)",
    "]: https://a", "](https://a \"t\")", "https://", "http://x.y", "HTTP://x", "ftp://x",
    "www.", "[x] ", "[ ]", ")",
)  # fmt: skip


def _safe_alphabet_text(rng: random.Random) -> str:
    return "".join(rng.choice(_SAFE_PIECES) for _ in range(rng.randint(1, 40)))


def test_what_passes_unrendered_is_safe_in_marked_and_passes_the_gate(
    marked_judge: MarkedJudge,
) -> None:
    assert gate.warm()
    rng = random.Random(1805)
    texts = [_safe_alphabet_text(rng) for _ in range(6000)]
    passed = [text for text in texts if gate.provably_safe(text)]
    assert len(passed) > len(texts) // 6  # a fair share of the pieces pass
    judged = marked_judge.judge_many(passed)
    assert [t for t, j in zip(passed, judged, strict=True) if not j.safe] == []
    assert [t for t in passed if not is_safe_markdown(t)] == []  # /chat's verdict too


_CODE_LINES = (
    "<img src=x onerror=alert(1)>", "</code></pre><script>alert(1)</script>", "&lt;", "`",
    "``", "```", " ```", "````", "~~~", "   ```x", "\t```", "    ```", "- [a](javascript:x)",
    "[x]: javascript:alert(1)", "", " ", "word", "\\", "<!--", "&#10;", "# h", "| a |",
)  # fmt: skip
_INFOS = ("", "js", "html x", "&#32;x", "a\\&#32;b", "`x", "x`", " <b>", "\u00a0x", "~")


def _fenced_text(rng: random.Random) -> str:
    fence = rng.choice(("```", "````", "```", "``", "~~~", " ```"))
    body = [rng.choice(_CODE_LINES) for _ in range(rng.randint(0, 6))]
    closing = rng.choice((fence, fence, "```", "````", fence + " ", ""))
    after = ("", "\n", "\nx", "\n\nThen", "\n\n<b>", "\n```\n<b>", "\n&#32;~~~", "\n[a](b)")
    return "\n".join([fence + rng.choice(_INFOS), *body, closing]) + rng.choice(after)


def test_an_opening_code_block_passes_unrendered_only_when_marked_makes_one_block_of_it(
    marked_judge: MarkedJudge,
) -> None:
    assert gate.warm()
    rng = random.Random(1808)
    texts = [_fenced_text(rng) for _ in range(4000)]
    passed = [text for text in texts if gate.provably_safe(text)]
    assert len(passed) > len(texts) // 10
    judged = marked_judge.judge_many(passed)
    assert [t for t, j in zip(passed, judged, strict=True) if not j.safe] == []
    assert [t for t in passed if not is_safe_markdown(t)] == []


@pytest.mark.parametrize(
    "opening",
    [
        "Sure! Here's how:",
        "# Setting up",
        "1. Open the settings.\n2. Choose a plan.",
        "**Note:** it matters",
        "C# and F# are",
        "`pip install milio` installs",
        "[Milio](https://milio.example/) helps. See www.milio.example or ask a@milio.example.",
        "```bash\npip install milio\n```",
        "```html\n<p>Hello</p>\n```\n\nThen",
        "```python\nif a < b:\n    print(a)\n```",
        "| a | b |\n|---|---|\n| 1 | 2 |",
    ],
)
def test_the_usual_openings_of_an_answer_pass_unrendered(opening: str) -> None:
    assert gate.warm()
    assert gate.provably_safe(sanitize_markdown(opening))


@pytest.mark.parametrize(
    "text",
    [
        *("a <b>", "[a](b)", "![a](b)", "[a]( https://x)", "[a]\n\n[a]: https://x", "ftp://x.y"),
        *("HTTP://x.y", "Www.x", "www.a WWW.b", "~~~ &#32;a", "```&#32;a", "x" * 1025),
    ],
)
def test_what_could_render_outside_the_allow_list_is_rendered(text: str) -> None:
    assert gate.warm()
    assert not gate.provably_safe(text)


def test_the_checkout_copy_is_the_pinned_marked() -> None:
    assert "marked v12.0.1" in find_marked()[:200]


def test_a_marked_with_another_digest_is_refused(tmp_path: Path) -> None:
    altered = tmp_path / "marked.umd.js"
    altered.write_text(find_marked() + "\n// one more line\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"is not marked 12\.0\.1"):
        find_marked((altered,))


def test_the_first_place_with_marked_wins(tmp_path: Path) -> None:
    packaged = tmp_path / "marked.umd.js"
    packaged.write_text(find_marked(), encoding="utf-8")
    assert hashlib.sha256(packaged.read_bytes()).hexdigest() == renderer.MARKED_SHA256
    assert find_marked((packaged, tmp_path / "absent.js")) == find_marked()


def test_no_marked_means_every_text_answer_is_refused_and_logged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(renderer, "_renderer", None)
    monkeypatch.setattr(renderer, "PACKAGED_PATH", tmp_path / "none.js")
    monkeypatch.setattr(renderer, "find_marked", lambda: find_marked((tmp_path / "none.js",)))
    with caplog.at_level(logging.ERROR):
        answer = safe_answer("Hello **there**")
    assert (answer.text, answer.refused) == ("", True)
    assert "marked is missing or altered" in caplog.text
    with pytest.raises(UnsafeAnswerError):  # plain words too: nothing is shown unverified
        SafeAnswerStream().feed("Sure")
    monkeypatch.setattr(renderer, "_renderer", None)  # the real one again for later tests


def test_a_marked_that_does_not_load_passes_nothing_unrendered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = MarkedRenderer("throw new Error('does not load');")
    monkeypatch.setattr(renderer, "_renderer", broken)
    assert not gate.warm()
    assert not gate.provably_safe("Sure")
    with pytest.raises(UnsafeAnswerError):
        SafeAnswerStream().feed("Sure")


@pytest.mark.parametrize("text", ["loop", "memory", "deep", "throw"])
def test_what_marked_cannot_render_within_its_limits_is_unverifiable(text: str) -> None:
    limited = MarkedRenderer(_MISBEHAVING, time_limit=0.5, memory_limit=64 * 1024 * 1024)
    try:
        with pytest.raises(RenderError):
            limited.render(text)
        assert limited.render("fine") == "<p>fine</p>"  # the next call still renders
    finally:
        limited.close()


def test_the_context_has_no_host_bindings() -> None:
    probe = MarkedRenderer(
        find_marked()
        + "\nglobalThis.marked = {marked: Object.assign(() => [typeof require, typeof process,"
        " typeof fetch, typeof XMLHttpRequest, typeof setTimeout, typeof __timer_manager,"
        " typeof Deno, typeof python].join(','), {setOptions() {}})};"
    )
    try:
        assert set(probe.render("").split(",")) == {"undefined"}
    finally:
        probe.close()


def test_a_fast_path_answer_loads_no_javascript_engine() -> None:
    code = (
        "import sys\n"
        "from milio.chat.pipeline import ChatOptions, run_chat\n"
        "options = ChatOptions(fast_path=True, structured_output=True, max_message_chars=100)\n"
        "print(run_chat('open discord', None, options).system_message)\n"
        "print('py_mini_racer' in sys.modules, 'milio.chat.answers.renderer' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "layers" / "common"), "PATH": ""},
    ).stdout.split("\n")
    assert out[:2] == ["001discord", "False False"]


def test_the_gate_never_passes_what_the_client_renders_unsafe(marked_judge: MarkedJudge) -> None:
    rng = random.Random(18)
    texts = [attack for _, attack in all_attacks()] + list(BENIGN) + list(REPRODUCERS)
    texts += [differential_answer(rng) for _ in range(1500)]
    passed = [text for text in texts if is_safe_markdown(text)]
    judged = marked_judge.judge_many(passed)
    assert [t for t, j in zip(passed, judged, strict=True) if not j.safe] == []
    assert len(passed) < len(texts)  # it does refuse (the attacks, raw)


@pytest.mark.parametrize("answer", REPRODUCERS)
def test_the_issue_reproducers_are_safe_on_chat(marked_judge: MarkedJudge, answer: str) -> None:
    text = safe_answer(answer).text
    assert marked_judge.judge(text).safe, (answer, text)


@pytest.mark.parametrize("answer", REPRODUCERS)
@pytest.mark.parametrize("size", [1, 3, 7, 64])
def test_the_issue_reproducers_are_safe_at_every_stream_event(
    marked_judge: MarkedJudge, answer: str, size: int
) -> None:
    shown = _stream_events(answer, size)
    assert all(j.safe for j in marked_judge.judge_many(shown)), (answer, shown)


def _stream_events(answer: str, size: int) -> list[str]:
    """The accumulated text the app renders after each event, until the end or a refusal."""
    stream = SafeAnswerStream(clock=lambda: 0.0)
    shown, text = [], ""
    try:
        for start in range(0, len(answer), size):
            if piece := stream.feed(answer[start : start + size]):
                text += piece
                shown.append(text)
        if rest := stream.finish():
            shown.append(text + rest)
    except UnsafeAnswerError:
        pass
    return shown
