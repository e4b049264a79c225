-- The user's tier: which usage plan their requests count against and their daily
-- quota of model-backed requests. NULL is the default tier. Only an addition.
ALTER TABLE users ADD COLUMN tier TEXT;
