package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** What the organizations dialect shows of an organization's owner, a user (written by the users feature only). */
@Entity
@Immutable
@Table(name = "users")
class Owner {

    @Id
    private String id;
    private String email;

    protected Owner() {
    }
}
