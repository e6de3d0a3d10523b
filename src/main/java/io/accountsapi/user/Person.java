package io.accountsapi.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone who may belong to several organizations: who they are (name, e-mail) and how they sign in, the same in each.
 * What they are and may do in one organization is a {@link Membership}. The e-mail is unique whatever its case (an
 * index on {@code lower(email)}).
 */
@Entity
@Table(name = "people")
class Person {

    /** How Upsun's dialect names a user. */
    @Id
    private UUID id;

    private String email;
    private String name;
    private boolean mfaEnabled;
    private Instant lastLogin;
    private Instant createdAt;

    /** How many organizations they belong to, as the database counts them (V8). */
    @Column(name = "memberships", insertable = false, updatable = false)
    private int memberships;

    protected Person() {}

    Person(String email, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.name = name;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    boolean mfaEnabled() {
        return mfaEnabled;
    }

    Instant lastLogin() {
        return lastLogin;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Whether their name and e-mail are shown by another organization too. */
    boolean belongsToSeveralOrganizations() {
        return memberships > 1;
    }

    void rename(String newName) {
        name = newName;
    }
}
