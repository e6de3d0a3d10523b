package io.accountsapi.user.roles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, String> {

    List<Team> findByOrganizationIdAndIdIn(String organizationId, Collection<String> ids);
}
