package io.accountsapi.user;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A label of an organization's catalogue; its name is unique in the organization. */
@Entity
@Table(name = "labels")
class Label {

    @Id
    private String id;

    private String organizationId;
    private String name;
    private String color;
    private Instant changed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_id")
    private ChangeAuthor changedBy;

    @Version
    private Long version;

    protected Label() {}

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String color() {
        return color;
    }

    Instant changed() {
        return changed;
    }

    /** Who changed the label last; null once that user is gone. */
    ChangeAuthor changedBy() {
        return changedBy;
    }

    /** Renames and recolors the label; answers whether anything changed (only then do {@code changed*} move). */
    boolean change(String newName, String newColor, ChangeAuthor by, Instant now) {
        if (name.equals(newName) && color.equals(newColor)) {
            return false;
        }
        name = newName;
        color = newColor;
        changedBy = by;
        changed = now;
        return true;
    }
}
