package io.accountsapi.user.roles;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A role users can hold (the built-in ones come from the first migration); read-only here. */
@Entity
@Immutable
@Table(name = "roles")
public class Role {

    @Id
    private String id;

    private String name;

    protected Role() {}

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
