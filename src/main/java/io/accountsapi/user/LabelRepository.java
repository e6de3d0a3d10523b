package io.accountsapi.user;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface LabelRepository extends JpaRepository<Label, String> {

    /**
     * The organization's labels of these names. Native, with the names as one array: Hibernate translates a JPQL
     * query with a list parameter anew on every call (measured: a third of the label lookup's time).
     */
    @NativeQuery(sqlResultSetMapping = Label.STORED, value = """
            SELECT id, name, color FROM labels
            WHERE organization_id = :organizationId AND name = ANY (CAST(:names AS varchar[]))""")
    List<StoredLabel> findByNames(String organizationId, String[] names);

    /** A label as stored: what a write matches by name and may recolor. */
    record StoredLabel(String id, String name, String color) {
    }

    @Modifying
    @NativeQuery("""
            UPDATE labels SET color = :color, changed = :now, changed_by_id = :changedById, version = version + 1
            WHERE id = :id""")
    void recolor(String id, String color, String changedById, Instant now);

    /**
     * Adds the labels to the organization's catalogue unless a label of that name is there already, and answers the
     * names it added. A name another transaction adds at the same time waits for it and is then skipped, so that
     * concurrent writes introducing one new name all succeed.
     */
    @Query(nativeQuery = true, value = """
            INSERT INTO labels (id, organization_id, name, color, changed, changed_by_id)
            SELECT id, :organizationId, name, color, :now, :changedById
            FROM unnest(CAST(:ids AS varchar[]), CAST(:names AS varchar[]), CAST(:colors AS varchar[])) AS added (id, name, color)
            ON CONFLICT (organization_id, name) DO NOTHING
            RETURNING name""")
    List<String> insertAbsent(String organizationId, String[] ids, String[] names, String[] colors, String changedById,
                              Instant now);
}
