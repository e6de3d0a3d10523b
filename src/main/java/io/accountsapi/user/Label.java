package io.accountsapi.user;

import io.accountsapi.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A label of an organization's catalogue, matched by name. */
@Entity
@Table(name = "labels")
class Label {

    @Id
    private String id;
    private String organizationId;
    private String name;
    private String color;
    private Instant changed;
    private String changedById;
    @Version
    private Long version;

    protected Label() {
    }

    Label(String organizationId, String name, String color, String changedById, Instant now) {
        this.id = Ids.shortId();
        this.organizationId = organizationId;
        this.name = name;
        this.color = color;
        this.changedById = changedById;
        this.changed = now;
    }

    String name() { return name; }

    void recolor(String newColor, String changedBy, Instant now) {
        if (!newColor.equals(color)) {
            color = newColor;
            changedById = changedBy;
            changed = now;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Label label && id.equals(label.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
