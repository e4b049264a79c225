-- The Gmail connection: one Google account per user; reconnecting replaces it.
-- Tokens are stored encrypted (AES-GCM, see milio/gmail/encryption.py); the
-- access token is kept with its expiry so a send needs no refresh while it lasts.
CREATE TABLE IF NOT EXISTS google_accounts (
    user_id INTEGER PRIMARY KEY,
    google_email TEXT NOT NULL,
    refresh_token_encrypted TEXT NOT NULL,
    access_token_encrypted TEXT,
    access_token_expires_at INTEGER,
    scopes TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- Nonces of OAuth states already used, kept until the state expires: a
-- replayed callback finds its nonce here and is refused.
CREATE TABLE IF NOT EXISTS google_oauth_used_states (
    nonce TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS google_oauth_used_states_expires_at
    ON google_oauth_used_states (expires_at);
