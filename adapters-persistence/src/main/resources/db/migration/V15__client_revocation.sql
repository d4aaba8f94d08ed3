-- When a client was revoked; a revoked client gets no more tokens. Its row stays, so that its id is not given again.
ALTER TABLE client ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
