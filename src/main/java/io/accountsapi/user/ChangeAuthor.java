package io.accountsapi.user;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A membership as the author of a change shows it: its id and its person. A read-only view of {@code memberships}, so
 * that who changed a user or a label is read with two columns rather than every column of a {@link Membership}.
 */
@Entity
@Immutable
@Table(name = "memberships")
class ChangeAuthor {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    protected ChangeAuthor() {}

    String id() {
        return id;
    }

    Person person() {
        return person;
    }
}
