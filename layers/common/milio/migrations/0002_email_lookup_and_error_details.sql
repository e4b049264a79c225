-- Addresses are compared case-insensitively; the original stored them as typed.
CREATE INDEX IF NOT EXISTS users_email_nocase ON users (email COLLATE NOCASE);

-- Details the error log keeps for improving prompts. Only additions.
ALTER TABLE errors ADD COLUMN user_id INTEGER;
ALTER TABLE errors ADD COLUMN detail TEXT;
ALTER TABLE errors ADD COLUMN provider TEXT;
ALTER TABLE errors ADD COLUMN latency_ms INTEGER;
ALTER TABLE errors ADD COLUMN request_id TEXT;
CREATE INDEX IF NOT EXISTS errors_user_id ON errors (user_id);
