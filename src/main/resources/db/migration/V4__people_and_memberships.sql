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
ALTER TABLE memberships DROP COLUMN email, DROP COLUMN mfa_enabled, DROP COLUMN last_login;

-- Lists order an organization's users by their person's name, and no index spans two tables: each membership keeps a
-- copy of its person's name, written by these triggers alone, so that the index on (organization_id, person_name, id)
-- still reads a page in order. The person's name is the one the API shows.
ALTER TABLE memberships RENAME COLUMN name TO person_name;
ALTER INDEX users_organization_name_idx RENAME TO memberships_organization_person_name_idx;

CREATE FUNCTION memberships_copy_person_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.person_name := (SELECT name FROM people WHERE id = NEW.person_id);
    RETURN NEW;
END $$;
CREATE TRIGGER memberships_person_name BEFORE INSERT ON memberships
    FOR EACH ROW EXECUTE FUNCTION memberships_copy_person_name();

CREATE FUNCTION people_copy_name_to_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE memberships SET person_name = NEW.name WHERE person_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER people_name_to_memberships AFTER UPDATE OF name ON people
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION people_copy_name_to_memberships();

ALTER TABLE user_roles RENAME COLUMN user_id TO membership_id;
ALTER TABLE user_labels RENAME COLUMN user_id TO membership_id;
ALTER TABLE api_keys RENAME COLUMN user_id TO membership_id;
ALTER INDEX api_keys_user_idx RENAME TO api_keys_membership_idx;
