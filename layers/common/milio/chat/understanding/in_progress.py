"""Work still running beside a request to power the machine down: "waiting for the build.
shut down the computer", "put the computer to sleep, my download is almost done".

Sleep, shut down and restart stop whatever runs. A message that speaks of something the
user waits for or that is still under way may want it done after that, or not at all
until then: the model reads it. Said of any other action it changes nothing.
"""

from __future__ import annotations

import re

from milio.chat.contract.catalog import codes_of

# The machine's sleep, shutdown and restart.
POWERING_DOWN = codes_of("sleep", "shut_down", "restart")

# Said of work under way: waiting for it, or a task going on ("-ing"), or about to end,
# or due or next ("report due at 5", "presenting next": work still to come). Not "no
# wait" (a correction), nor what the user finishes ("finishing up my reading").
_RUNNING = re.compile(
    r"\b(?:waiting|wait(?:s|ed)? (?:for|on|till|until)|until|till|due|next|"
    r"(?:almost|nearly) (?:done|finished|there)|"
    r"(?:down|up)loading|rendering|installing|updating|compiling|building|exporting|"
    r"copying|syncing|transferr?ing|processing|printing|backing up|in progress|under ?way)\b",
    re.IGNORECASE,
)


def stops_work_running(code: str, text: str) -> bool:
    """Whether ``text``, answered with action ``code``, would stop work it speaks of as
    still running or awaited."""
    return code in POWERING_DOWN and _RUNNING.search(text) is not None
