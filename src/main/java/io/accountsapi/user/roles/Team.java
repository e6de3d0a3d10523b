package io.accountsapi.user.roles;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A team of an organization: enough to scope a role to it; read-only here. */
@Entity
@Immutable
@Table(name = "teams")
public class Team {

    @Id
    private String id;

    private String organizationId;
    private String name;

    protected Team() {}

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
