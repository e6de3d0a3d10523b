package io.accountsapi.auth;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, String> {

    boolean existsByKeyHash(byte[] keyHash);

    List<ApiKey> findByUserIdOrderByCreated(String userId);

    @Modifying
    @Query("delete from ApiKey k where k.id = :id and k.userId = :userId")
    int deleteByIdAndUserId(String id, String userId);
}
