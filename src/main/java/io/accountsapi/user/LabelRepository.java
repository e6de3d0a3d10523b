package io.accountsapi.user;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface LabelRepository extends JpaRepository<Label, String>, JpaSpecificationExecutor<Label> {

    /** A page of labels with who changed each, in one query (and one count). */
    @Override
    @EntityGraph(attributePaths = {"changedBy", "changedBy.person"})
    Page<Label> findAll(Specification<Label> specification, Pageable pageable);

    /**
     * The organization's labels whose name holds every word, in any case, as DRF's search filter matches each word of a
     * search.
     */
    static Specification<Label> inOrganizationMatching(String organizationId, List<String> words) {
        return (label, query, criteria) -> {
            var name = criteria.lower(label.get("name"));
            var predicates = new ArrayList<Predicate>();
            predicates.add(criteria.equal(label.get("organizationId"), organizationId));
            words.forEach(word ->
                    predicates.add(criteria.like(name, UserFilters.containing(word.toLowerCase(Locale.ROOT)), '\\')));
            return criteria.and(predicates.toArray(Predicate[]::new));
        };
    }

    @EntityGraph(attributePaths = {"changedBy", "changedBy.person"})
    Optional<Label> findByIdAndOrganizationId(String id, String organizationId);

    /** Locks the label's row until the transaction ends, so that concurrent writes apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Label l where l.id = :id and l.organizationId = :organizationId")
    Optional<Label> lockByIdAndOrganizationId(String id, String organizationId);

    boolean existsByOrganizationIdAndNameAndIdNot(String organizationId, String name, String id);

    /**
     * The organization's labels of these names. Native, with the names as one array: Hibernate translates a JPQL
     * query with a list parameter anew on every call. A write looks its labels up before it changes anything, so
     * nothing is flushed first (Hibernate would otherwise check every entity it holds).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @NativeQuery(
            "SELECT * FROM labels WHERE organization_id = :organizationId AND name = ANY (CAST(:names AS varchar[]))")
    List<Label> findByNames(String organizationId, String[] names);

    /**
     * Adds the labels to the organization's catalogue unless a label of that name is there already, and answers those
     * it added. Native for ON CONFLICT: a name another transaction adds at the same moment waits for it and is then
     * skipped, so that concurrent writes introducing one new name all succeed.
     */
    @NativeQuery("""
            INSERT INTO labels (id, organization_id, name, color, changed, changed_by_id)
            SELECT id, :organizationId, name, color, :now, :changedById
            FROM unnest(CAST(:ids AS varchar[]), CAST(:names AS varchar[]), CAST(:colors AS varchar[]))
                 AS added (id, name, color)
            ON CONFLICT (organization_id, name) DO NOTHING
            RETURNING *""")
    List<Label> insertAbsent(
            String organizationId, String[] ids, String[] names, String[] colors, String changedById, Instant now);
}
