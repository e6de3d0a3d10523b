package io.accountsapi.auth;

import io.accountsapi.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_keys")
class ApiKey {

    @Id
    private String id;
    private String userId;
    private String name;
    private byte[] keyHash;
    private Instant created;

    protected ApiKey() {
    }

    ApiKey(String userId, String name, String key, Instant now) {
        this.id = Ids.shortId();
        this.userId = userId;
        this.name = name;
        this.keyHash = ApiKeys.hash(key);
        this.created = now;
    }

    String id() { return id; }
    String name() { return name; }
    Instant created() { return created; }
}
