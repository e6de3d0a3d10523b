-- The least SQL one GET /users/{id}/ needs: the user, then its labels.
\set n random(1, 1000)
SELECT id, email, name, title, is_billing_admin, changed, active, last_login, is_apiuser, mfa_enabled FROM users WHERE id = 'u01' || lpad(:n::text, 9, '0');
SELECT l.id, l.name, l.color, l.changed FROM user_labels ul JOIN labels l ON l.id = ul.label_id WHERE ul.user_id = 'u01' || lpad(:n::text, 9, '0');
