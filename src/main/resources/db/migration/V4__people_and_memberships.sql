-- A person (who someone is, the same in every organization) apart from their memberships (what they are and may do in
-- one organization). Every user row becomes a person, whose id is the user's UUID, and a membership, which keeps the
-- user's 12-character id: Upsun's dialect names people by UUID, Probely's names memberships by that id.
CREATE TABLE people (
    id          uuid         PRIMARY KEY,
    email       varchar(254) NOT NULL CHECK (email LIKE '_%@_%'),
    name        varchar(60)  NOT NULL DEFAULT '',
    mfa_enabled boolean      NOT NULL DEFAULT false,
    last_login  timestamptz,
    created_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX people_email_key ON people (lower(email));

INSERT INTO people (id, email, name, mfa_enabled, last_login, created_at)
SELECT uuid, email, name, mfa_enabled, last_login, created_at FROM users;

ALTER TABLE users RENAME TO memberships;
ALTER TABLE memberships RENAME CONSTRAINT users_pkey TO memberships_pkey;
ALTER TABLE memberships RENAME COLUMN uuid TO person_id;
ALTER TABLE memberships ALTER COLUMN person_id DROP DEFAULT;
ALTER TABLE memberships DROP CONSTRAINT users_uuid_key;
ALTER TABLE memberships ADD CONSTRAINT memberships_person_fk FOREIGN KEY (person_id) REFERENCES people (id);
-- One membership per person and organization; also the index a person's memberships are found by.
ALTER TABLE memberships ADD CONSTRAINT memberships_person_organization_key UNIQUE (person_id, organization_id);
-- Dropping name drops the index on (organization_id, name, id) with it; lists order by the person's name now.
ALTER TABLE memberships DROP COLUMN email, DROP COLUMN name, DROP COLUMN mfa_enabled, DROP COLUMN last_login;
CREATE INDEX memberships_organization_idx ON memberships (organization_id, id);

ALTER TABLE user_roles RENAME COLUMN user_id TO membership_id;
ALTER TABLE user_labels RENAME COLUMN user_id TO membership_id;
ALTER TABLE api_keys RENAME COLUMN user_id TO membership_id;
ALTER INDEX api_keys_user_idx RENAME TO api_keys_membership_idx;
