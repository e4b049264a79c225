"""The table of remembered model decisions, on the database every request already uses.

It holds, per user, a keyed digest of a normalised message and the System
message the model's decision became; never the message. What is worth
remembering, and how the digest is made, is the chat's business
(:mod:`milio.chat.model.memory`): this module only stores and finds rows.

The memory only ever saves model calls: when the database cannot answer (an
outage, a table not migrated yet) a lookup finds nothing and a save is
dropped, each logged, and the request goes on as if nothing was remembered.
"""

from __future__ import annotations

import logging

from milio.db import Database, DatabaseError, DatabaseUnavailableError

logger = logging.getLogger(__name__)

TABLE = "remembered_decisions"
_FIND = (
    f"SELECT decision FROM {TABLE}"  # noqa: S608 (a fixed name)
    " WHERE user_id = ? AND digest = ? AND created_at >= ?"
)
# Only for a user who still exists: a request in flight across the account's deletion
# leaves no row behind (as the error log and the Google accounts do).
_SAVE = (
    f"INSERT INTO {TABLE} (user_id, digest, decision, created_at)"  # noqa: S608
    " SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1)"
    " ON CONFLICT (user_id, digest)"
    " DO UPDATE SET decision = excluded.decision, created_at = excluded.created_at"
)
_PRUNE = f"DELETE FROM {TABLE} WHERE user_id = ? AND created_at < ?"  # noqa: S608


class DecisionMemoryTable:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find(self, user_id: int, digest: str, not_before: int) -> str | None:
        """The decision saved for the digest at ``not_before`` (epoch seconds) or later."""
        try:
            row = self._db.fetch_one(_FIND, (user_id, digest, not_before))
        except (DatabaseUnavailableError, DatabaseError):
            logger.warning("decision memory: lookup failed, asking the model", exc_info=True)
            return None
        return str(row[0]) if row is not None else None

    def save(self, user_id: int, digest: str, decision: str, at: int, not_before: int) -> None:
        """Save (or refresh) one decision and drop the user's rows older than ``not_before``."""
        try:
            self._db.transaction(
                [(_SAVE, (user_id, digest, decision, at)), (_PRUNE, (user_id, not_before))]
            )
        except (DatabaseUnavailableError, DatabaseError):
            logger.warning("decision memory: save failed", exc_info=True)
