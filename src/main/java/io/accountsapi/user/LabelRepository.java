package io.accountsapi.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LabelRepository extends JpaRepository<Label, String> {

    /** JPQL rather than a derived query, which Spring Data builds anew as a criteria query on every call. */
    @Query("select l from Label l where l.organizationId = :organizationId and l.name in :names")
    List<Label> findByOrganizationIdAndNameIn(String organizationId, Collection<String> names);

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
