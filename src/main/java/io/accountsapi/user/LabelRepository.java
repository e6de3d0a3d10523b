package io.accountsapi.user;

import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface LabelRepository extends JpaRepository<Label, String>, JpaSpecificationExecutor<Label> {

    /** A page of labels with who changed each, in one query (and one count). */
    @Override
    @EntityGraph(attributePaths = "changedBy")
    Page<Label> findAll(Specification<Label> specification, Pageable pageable);

    /**
     * The organization's labels whose name matches every pattern (LIKE, any case, {@code \} escapes), as DRF's search
     * filter matches each word of a search.
     */
    static Specification<Label> inOrganizationMatching(String organizationId, String[] namePatterns) {
        return (label, query, criteria) -> {
            var name = criteria.lower(label.get("name"));
            var predicates = new ArrayList<Predicate>();
            predicates.add(criteria.equal(label.get("organizationId"), organizationId));
            Arrays.stream(namePatterns).forEach(pattern ->
                    predicates.add(criteria.like(name, pattern.toLowerCase(Locale.ROOT), '\\')));
            return criteria.and(predicates.toArray(Predicate[]::new));
        };
    }

    @EntityGraph(attributePaths = "changedBy")
    Optional<Label> findByIdAndOrganizationId(String id, String organizationId);

    /** Locks the label's row until the transaction ends, so that concurrent writes apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Label l where l.id = :id and l.organizationId = :organizationId")
    Optional<Label> lockByIdAndOrganizationId(String id, String organizationId);

    boolean existsByOrganizationIdAndNameAndIdNot(String organizationId, String name, String id);

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
