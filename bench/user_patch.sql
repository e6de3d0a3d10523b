-- The least SQL one PATCH /users/{id}/ of name, title and labels needs, in one transaction: lock the membership, read
-- its labels, find the labels sent by name, replace its label links, update the membership and the person's name.
\set n random(1, 1000)
\set a random(0, 19)
\set b random(0, 19)
BEGIN;
SELECT m.id, p.name, m.title, m.active, m.version FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = 'u01' || lpad(:n::text, 9, '0') FOR UPDATE OF m;
SELECT l.id, l.name, l.color FROM user_labels ul JOIN labels l ON l.id = ul.label_id WHERE ul.membership_id = 'u01' || lpad(:n::text, 9, '0');
SELECT id, name FROM labels WHERE organization_id = '01JBENCH000000000000000001' AND name IN ('label-' || :a, 'label-' || :b, 'label-7');
DELETE FROM user_labels WHERE membership_id = 'u01' || lpad(:n::text, 9, '0');
INSERT INTO user_labels (membership_id, label_id) SELECT 'u01' || lpad(:n::text, 9, '0'), id FROM labels WHERE organization_id = '01JBENCH000000000000000001' AND name IN ('label-' || :a, 'label-' || :b, 'label-7');
UPDATE memberships SET title = 'cto', changed = now(), version = version + 1 WHERE id = 'u01' || lpad(:n::text, 9, '0');
UPDATE people SET name = 'Bench ' || :a WHERE id = (SELECT person_id FROM memberships WHERE id = 'u01' || lpad(:n::text, 9, '0'));
END;
