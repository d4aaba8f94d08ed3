-- An account may sign in another way than with email and password; it can add a password later.
ALTER TABLE customer ALTER COLUMN password_hash DROP NOT NULL;
