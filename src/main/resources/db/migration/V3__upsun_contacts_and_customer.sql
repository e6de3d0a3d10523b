-- Fields of Upsun's current document that are ours to keep: the organization's security contact, and the profile's
-- customer type and legal entity name. Empty until set.
ALTER TABLE organizations ADD COLUMN security_contact varchar(254) NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN customer_type varchar(16) NOT NULL DEFAULT ''
    CHECK (customer_type IN ('', 'individual', 'corporation', 'government'));
ALTER TABLE profiles ADD COLUMN legal_entity_name varchar(255) NOT NULL DEFAULT '';
