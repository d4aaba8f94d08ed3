-- What an emailed token carries besides its purpose, e.g. the new address of an email change.
ALTER TABLE email_token ADD COLUMN payload VARCHAR(254);
