-- The least SQL one GET /users/{id}/ needs: the membership with its person, then its labels.
\set n random(1, 1000)
SELECT m.id, p.email, p.name, m.title, m.is_billing_admin, m.changed, m.active, p.last_login, m.is_apiuser, p.mfa_enabled FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = 'u01' || lpad(:n::text, 9, '0');
SELECT l.id, l.name, l.color, l.changed FROM user_labels ul JOIN labels l ON l.id = ul.label_id WHERE ul.membership_id = 'u01' || lpad(:n::text, 9, '0');
