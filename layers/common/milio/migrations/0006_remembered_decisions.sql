-- Per-user memory of the model's action decisions (milio/chat/model/memory.py):
-- a keyed hash (HMAC-SHA256) of the normalised message, never its text, with
-- the System message the model's decision became. One indexed lookup by the
-- primary key; rows older than the memory's lifetime are never answered from
-- and are pruned when the user's next decision is saved. Only an addition.
CREATE TABLE IF NOT EXISTS remembered_decisions (
    user_id INTEGER NOT NULL,
    digest TEXT NOT NULL,
    decision TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, digest)
);
