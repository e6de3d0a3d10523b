package io.accountsapi.user;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, String> {

    boolean existsByEmailIgnoreCase(String email);
}
