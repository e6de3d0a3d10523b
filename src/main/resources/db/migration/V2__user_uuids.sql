-- Upsun's dialect names a user by a UUID; Probely's keeps the 12-character id. Existing users get one each.
ALTER TABLE users ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE users ADD CONSTRAINT users_uuid_key UNIQUE (uuid);
