-- The least SQL one PATCH /users/{id}/ of name, title and labels needs, in one transaction: lock the user, read
-- the user's labels, find the labels sent by name, replace the user's label links, update the user.
\set n random(1, 1000)
\set a random(0, 19)
\set b random(0, 19)
BEGIN;
SELECT id, name, title, active, version FROM users WHERE id = 'u01' || lpad(:n::text, 9, '0') FOR UPDATE;
SELECT l.id, l.name, l.color FROM user_labels ul JOIN labels l ON l.id = ul.label_id WHERE ul.user_id = 'u01' || lpad(:n::text, 9, '0');
SELECT id, name FROM labels WHERE organization_id = '01JBENCH000000000000000001' AND name IN ('label-' || :a, 'label-' || :b, 'label-7');
DELETE FROM user_labels WHERE user_id = 'u01' || lpad(:n::text, 9, '0');
INSERT INTO user_labels (user_id, label_id) SELECT 'u01' || lpad(:n::text, 9, '0'), id FROM labels WHERE organization_id = '01JBENCH000000000000000001' AND name IN ('label-' || :a, 'label-' || :b, 'label-7');
UPDATE users SET name = 'Bench ' || :a, title = 'cto', changed = now(), version = version + 1 WHERE id = 'u01' || lpad(:n::text, 9, '0');
END;
