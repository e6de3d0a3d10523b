package io.accountsapi.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    private final UserRepository users;
    private final UserRoleRepository userRoles;
    private final Clock clock;

    public UserService(UserRepository users, UserRoleRepository userRoles, Clock clock) {
        this.users = users;
        this.userRoles = userRoles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return users.existsByEmailIgnoreCase(email);
    }

    /** Creates an active user holding {@code roleId} account-wide; returns the new user's id. */
    @Transactional
    public String create(String organizationId, String email, String name, String roleId, boolean billingAdmin,
                        String changedById) {
        var user = users.save(new User(organizationId, email, name, billingAdmin, changedById,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        userRoles.save(UserRole.accountWide(user.id(), roleId));
        return user.id();
    }
}
