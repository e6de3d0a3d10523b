-- A rename copied into the person's other memberships changes those rows like any other write: it moves their version,
-- so that a write that read one of them before the rename, and writes it without its lock, runs again rather than
-- writing the old copy back.
CREATE OR REPLACE FUNCTION people_copy_name_to_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE memberships SET person_name = NEW.name, version = version + 1
    WHERE person_id = NEW.id AND person_name IS DISTINCT FROM NEW.name;
    RETURN NULL;
END $$;
