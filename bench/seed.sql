-- 10 organizations of 1,000 users each; each user has 3 labels (of 20 per organization) and the Member role.
-- Organization o (1..10) has an Admin 'a' || o with the key 'acck_bench_admin_' || o.
TRUNCATE organizations, people, memberships, labels, teams, targets, api_keys CASCADE;

INSERT INTO organizations (id, name, label, created_at, updated_at)
SELECT '01JBENCH' || lpad(o::text, 18, '0'), 'bench-' || o, 'Bench ' || o, now(), now()
FROM generate_series(1, 10) o;
INSERT INTO profiles (id, organization_id, created_at, updated_at)
SELECT gen_random_uuid(), id, now(), now() FROM organizations;
INSERT INTO addresses (organization_id, updated_at) SELECT id, now() FROM organizations;
INSERT INTO trials (organization_id, active, created, expiration) SELECT id, true, now(), now() + interval '30 days' FROM organizations;

-- Users: id 'u' + organization (2 digits) + number (9 digits); the Admin of each organization is number 0. Each is a
-- person with one membership, which has the user's id.
INSERT INTO people (id, email, name, created_at)
SELECT md5('person-' || o || '-' || n)::uuid, 'user-' || o || '-' || n || '@bench.example', 'User ' || o || '-' || n, now()
FROM generate_series(1, 10) o, generate_series(0, 1000) n;
INSERT INTO memberships (id, organization_id, person_id, title, is_billing_admin, changed, created_at)
SELECT 'u' || lpad(o::text, 2, '0') || lpad(n::text, 9, '0'), '01JBENCH' || lpad(o::text, 18, '0'),
       md5('person-' || o || '-' || n)::uuid, 'dev', n = 0, now(), now()
FROM generate_series(1, 10) o, generate_series(0, 1000) n;
UPDATE memberships SET changed_by_id = 'u' || substr(id, 2, 2) || '000000000';
UPDATE organizations o SET owner_id = 'u' || lpad(substr(o.id, 9)::int::text, 2, '0') || '000000000';

INSERT INTO user_roles (membership_id, role_id, tier)
SELECT id, CASE WHEN id LIKE '%000000000' THEN 'AdminRoLe111' ELSE 'MemberRoLe11' END, 'account' FROM memberships;

INSERT INTO labels (id, organization_id, name, color, changed, changed_by_id)
SELECT 'l' || lpad(o::text, 2, '0') || lpad(n::text, 9, '0'), '01JBENCH' || lpad(o::text, 18, '0'), 'label-' || n,
       '#00FF00', now(), 'u' || lpad(o::text, 2, '0') || '000000000'
FROM generate_series(1, 10) o, generate_series(0, 19) n;

INSERT INTO user_labels (membership_id, label_id)
SELECT m.id, 'l' || substr(m.id, 2, 2) || lpad(((substr(m.id, 4)::int + k * 7) % 20)::text, 9, '0')
FROM memberships m, generate_series(0, 2) k;

INSERT INTO api_keys (id, membership_id, name, key_hash, created)
SELECT 'k' || lpad(o::text, 11, '0'), 'u' || lpad(o::text, 2, '0') || '000000000', 'bench',
       sha256(convert_to('acck_bench_admin_' || o, 'UTF8')), now()
FROM generate_series(1, 10) o;

ANALYZE;
