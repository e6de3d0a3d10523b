package io.accountsapi.user;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, String> {

    List<Target> findByOrganizationIdAndIdIn(String organizationId, Collection<String> ids);
}
