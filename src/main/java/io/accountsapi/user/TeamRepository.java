package io.accountsapi.user;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, String> {

    List<Team> findByOrganizationIdAndIdIn(String organizationId, Collection<String> ids);
}
