-- The UTS #39 skeleton of each address (milio/confusables.py): two addresses that look
-- alike share it, and the unique index keeps a second one out, even when two sign-ups
-- race. Rows of the original server have none until their first log-in writes it
-- (NULLs do not collide). Only an addition.
ALTER TABLE users ADD COLUMN email_skeleton TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS users_email_skeleton ON users (email_skeleton);
