-- The tenant model of CONTRACT section 1. Every rule the API enforces on stored data is enforced here too,
-- so a bug in the service layer cannot store what the contract forbids.

CREATE TABLE organizations (
    id          varchar(26)     PRIMARY KEY CHECK (id ~ '^[0-9A-HJKMNP-TV-Z]{26}$'),
    name        varchar(64)  NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'),
    label       varchar(255) NOT NULL,
    type        varchar(16)  NOT NULL DEFAULT 'flexible' CHECK (type IN ('fixed', 'flexible')),
    status      varchar(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'restricted', 'suspended', 'deleted')),
    owner_id    varchar(12),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE profiles (
    id                  uuid          PRIMARY KEY,
    organization_id     varchar(26)      NOT NULL UNIQUE REFERENCES organizations (id) ON DELETE CASCADE,
    company_name        varchar(255)  NOT NULL DEFAULT '',
    vat_number          varchar(32)   NOT NULL DEFAULT '' CHECK (vat_number = upper(btrim(vat_number))),
    billing_contact     varchar(254)  NOT NULL DEFAULT '',
    default_catalog     varchar(2048) NOT NULL DEFAULT '',
    project_options_url varchar(2048) NOT NULL DEFAULT '',
    picture             varchar(2048) NOT NULL DEFAULT '',
    company_type        varchar(64)   NOT NULL DEFAULT '',
    company_role        varchar(64)   NOT NULL DEFAULT '',
    website_url         varchar(2048) NOT NULL DEFAULT '',
    ui_colorscheme      varchar(32)   NOT NULL DEFAULT '',
    new_ui              boolean       NOT NULL DEFAULT true,
    marketing           boolean       NOT NULL DEFAULT false,
    invoiced            boolean       NOT NULL DEFAULT false,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);

CREATE TABLE addresses (
    organization_id         varchar(26)     PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    country                 varchar(2)   NOT NULL DEFAULT '' CHECK (country ~ '^([A-Z]{2})?$'),
    name_line               varchar(255) NOT NULL DEFAULT '',
    premise                 varchar(255) NOT NULL DEFAULT '',
    sub_premise             varchar(255) NOT NULL DEFAULT '',
    thoroughfare            varchar(255) NOT NULL DEFAULT '',
    administrative_area     varchar(2)   NOT NULL DEFAULT '' CHECK (administrative_area ~ '^([A-Z0-9]{2})?$'),
    sub_administrative_area varchar(255) NOT NULL DEFAULT '',
    locality                varchar(255) NOT NULL DEFAULT '',
    dependent_locality      varchar(255) NOT NULL DEFAULT '',
    postal_code             varchar(32)  NOT NULL DEFAULT '',
    updated_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0
);

-- Amounts are in the organization's billing currency, which follows the address country.
CREATE TABLE trials (
    organization_id      varchar(26)      PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    active               boolean       NOT NULL,
    description          varchar(255)  NOT NULL DEFAULT '',
    model                varchar(64)   NOT NULL DEFAULT '',
    created              timestamptz   NOT NULL,
    expiration           timestamptz   NOT NULL,
    current_spend        numeric(12,2) NOT NULL DEFAULT 0 CHECK (current_spend >= 0),
    spend_limit          numeric(12,2) NOT NULL DEFAULT 0 CHECK (spend_limit >= 0),
    unlimited            boolean       NOT NULL DEFAULT false,
    pending_verification varchar(32)   CHECK (pending_verification IN ('credit-card')),
    project_id           varchar(64)   NOT NULL DEFAULT '',
    project_name         varchar(255)  NOT NULL DEFAULT '',
    project_total_minor  bigint        NOT NULL DEFAULT 0 CHECK (project_total_minor >= 0),
    CHECK (expiration >= created)
);

CREATE TABLE users (
    id               varchar(12)  PRIMARY KEY CHECK (length(id) = 12),
    organization_id  varchar(26)     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email            varchar(254) NOT NULL CHECK (email LIKE '_%@_%'),
    name             varchar(60)  NOT NULL DEFAULT '',
    title            varchar(16)  NOT NULL DEFAULT ''
                     CHECK (title IN ('', 'ceo', 'cto', 'cso', 'seceng', 'dev', 'devop', 'manager', 'other')),
    active           boolean      NOT NULL DEFAULT true,
    is_billing_admin boolean      NOT NULL DEFAULT false,
    is_apiuser       boolean      NOT NULL DEFAULT false,
    mfa_enabled      boolean      NOT NULL DEFAULT false,
    last_login       timestamptz,
    changed          timestamptz  NOT NULL,
    changed_by_id    varchar(12)     REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_organization_name_idx ON users (organization_id, name, id);

-- The owner is a user of the organization; set once that user exists.
ALTER TABLE organizations
    ADD CONSTRAINT organizations_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL;

CREATE TABLE roles (
    id   varchar(12)    PRIMARY KEY CHECK (length(id) = 12),
    name varchar(60) NOT NULL UNIQUE
);
INSERT INTO roles (id, name) VALUES ('AdminRoLe111', 'Admin'), ('MemberRoLe11', 'Member');

CREATE TABLE teams (
    id              varchar(12)     PRIMARY KEY CHECK (length(id) = 12),
    organization_id varchar(26)     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            varchar(255) NOT NULL,
    UNIQUE (organization_id, name),
    UNIQUE (organization_id, id)
);

CREATE TABLE targets (
    id              varchar(12)     PRIMARY KEY CHECK (length(id) = 12),
    organization_id varchar(26)     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            varchar(255) NOT NULL,
    UNIQUE (organization_id, name),
    UNIQUE (organization_id, id)
);

CREATE TABLE user_roles (
    id        bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   varchar(12) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id   varchar(12) NOT NULL REFERENCES roles (id),
    tier      varchar(8) NOT NULL CHECK (tier IN ('account', 'team', 'target')),
    team_id   varchar(12) REFERENCES teams (id) ON DELETE CASCADE,
    target_id varchar(12) REFERENCES targets (id) ON DELETE CASCADE,
    CHECK ((tier = 'account' AND team_id IS NULL AND target_id IS NULL)
        OR (tier = 'team' AND team_id IS NOT NULL AND target_id IS NULL)
        OR (tier = 'target' AND target_id IS NOT NULL AND team_id IS NULL)),
    UNIQUE NULLS NOT DISTINCT (user_id, role_id, tier, team_id, target_id)
);

CREATE TABLE labels (
    id              varchar(12)     PRIMARY KEY CHECK (length(id) = 12),
    organization_id varchar(26)     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            varchar(255) NOT NULL,
    color           varchar(32)  NOT NULL DEFAULT '' CHECK (color ~ '^[a-zA-Z0-9#_-]*$'),
    changed         timestamptz  NOT NULL,
    changed_by_id   varchar(12)     REFERENCES users (id) ON DELETE SET NULL,
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (organization_id, name)
);

CREATE TABLE user_labels (
    user_id  varchar(12) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label_id varchar(12) NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, label_id)
);
CREATE INDEX user_labels_label_idx ON user_labels (label_id);

-- Only a SHA-256 of each key is kept; keys are high-entropy, so a slow hash would add nothing but latency.
CREATE TABLE api_keys (
    id       varchar(12)     PRIMARY KEY CHECK (length(id) = 12),
    user_id  varchar(12)     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name     varchar(255) NOT NULL,
    key_hash bytea        NOT NULL UNIQUE CHECK (octet_length(key_hash) = 32),
    created  timestamptz  NOT NULL
);
CREATE INDEX api_keys_user_idx ON api_keys (user_id);
