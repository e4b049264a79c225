-- The original server's tables, as it left them. IF NOT EXISTS: an existing
-- database of the original server is adopted as it is.
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_chat TEXT,
    system_chat TEXT,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    type_error TEXT,
    device TEXT
);
