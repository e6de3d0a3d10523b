-- How many organizations each person belongs to, kept by this trigger alone: an Admin renames only someone who belongs
-- to no other organization, and the rename reads the count with the person it loads anyway.
ALTER TABLE people ADD COLUMN memberships integer NOT NULL DEFAULT 0;
UPDATE people p SET memberships = (SELECT count(*) FROM memberships m WHERE m.person_id = p.id);

CREATE FUNCTION people_count_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE people SET memberships = memberships + 1 WHERE id = NEW.person_id;
    ELSE
        UPDATE people SET memberships = memberships - 1 WHERE id = OLD.person_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER memberships_counted AFTER INSERT OR DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION people_count_memberships();
