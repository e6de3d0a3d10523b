package io.accountsapi.user;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabelRepository extends JpaRepository<Label, String> {

    List<Label> findByOrganizationIdAndNameIn(String organizationId, Collection<String> names);
}
