-- An Admin is a membership that holds the Admin role account-wide. The rule is written here once: each membership
-- keeps whether it holds, maintained by this trigger alone from its role grants, and the key lookup, the lists'
-- filters and the entity all read the column.
ALTER TABLE memberships ADD COLUMN account_admin boolean NOT NULL DEFAULT false;

CREATE FUNCTION memberships_refresh_account_admin(membership varchar) RETURNS void LANGUAGE sql AS $$
    UPDATE memberships m SET account_admin = grant_held.held
    FROM (SELECT EXISTS (SELECT 1 FROM user_roles r
                         WHERE r.membership_id = membership AND r.role_id = 'AdminRoLe111' AND r.tier = 'account')
                 AS held) grant_held
    WHERE m.id = membership AND m.account_admin IS DISTINCT FROM grant_held.held;
$$;

CREATE FUNCTION user_roles_refresh_account_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM memberships_refresh_account_admin(OLD.membership_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.membership_id <> OLD.membership_id) THEN
        PERFORM memberships_refresh_account_admin(NEW.membership_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER user_roles_account_admin AFTER INSERT OR UPDATE OR DELETE ON user_roles
    FOR EACH ROW EXECUTE FUNCTION user_roles_refresh_account_admin();

UPDATE memberships m SET account_admin = true
WHERE EXISTS (SELECT 1 FROM user_roles r
              WHERE r.membership_id = m.id AND r.role_id = 'AdminRoLe111' AND r.tier = 'account');
