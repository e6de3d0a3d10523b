-- What a member may do beyond what its Admin role grant (account_admin) and billing flag say: the permissions granted
-- to it as they are, by their names in the domain.
ALTER TABLE memberships ADD COLUMN other_permissions varchar(16)[] NOT NULL DEFAULT '{}'
    CHECK (other_permissions <@ ARRAY['MEMBERS', 'PLANS', 'PROJECTS_CREATE', 'PROJECTS_LIST']::varchar(16)[]);
