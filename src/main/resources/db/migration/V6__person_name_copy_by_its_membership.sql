-- A rename through one membership writes that membership's copy of the name in the membership's own update; the
-- trigger then brings only the person's other memberships along, so that the renamed row is not updated twice.
CREATE OR REPLACE FUNCTION people_copy_name_to_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE memberships SET person_name = NEW.name WHERE person_id = NEW.id AND person_name IS DISTINCT FROM NEW.name;
    RETURN NULL;
END $$;
