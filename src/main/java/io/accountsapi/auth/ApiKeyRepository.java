package io.accountsapi.auth;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, String> {

    boolean existsByKeyHash(byte[] keyHash);
}
