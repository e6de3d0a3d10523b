package io.accountsapi.user.roles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, String> {

    List<Target> findByOrganizationIdAndIdIn(String organizationId, Collection<String> ids);
}
