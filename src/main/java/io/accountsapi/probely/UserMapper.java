package io.accountsapi.probely;

import io.accountsapi.user.LabelDetails;
import io.accountsapi.user.MembershipDetails;
import io.accountsapi.web.ResponseMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The domain's records to Probely's response records. A component of the same name as the domain's is copied without a
 * line here; a component that no source fills fails the build.
 */
@Mapper(config = ResponseMapping.class)
interface UserMapper {

    @Mapping(target = "isBillingAdmin", source = "billingAdmin")
    @Mapping(target = "userRoles", source = "roles")
    @Mapping(target = "isApiuser", source = "apiUser")
    UserResponse user(MembershipDetails user);

    UserResponse.LabelResponse label(LabelDetails label);

    @Mapping(target = "scope", source = ".")
    UserResponse.UserRoleResponse role(MembershipDetails.RoleGrant role);
}
