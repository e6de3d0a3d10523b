package io.accountsapi.auth;

import io.accountsapi.Ids;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_keys")
@SqlResultSetMapping(
        name = ApiKey.MEMBER,
        classes =
                @ConstructorResult(
                        targetClass = Caller.class,
                        columns = {
                            @ColumnResult(name = "user_id", type = String.class),
                            @ColumnResult(name = "organization_id", type = String.class),
                            @ColumnResult(name = "organization_name", type = String.class),
                            @ColumnResult(name = "admin", type = Boolean.class),
                            @ColumnResult(name = "billing_admin", type = Boolean.class),
                            @ColumnResult(name = "person_id", type = UUID.class)
                        }))
class ApiKey {

    /** Result type of {@link ApiKeyRepository#findActiveMembership}. */
    static final String MEMBER = "ApiKey.member";

    @Id
    private String id;

    /** The membership the key acts as: a Probely user, in one organization. */
    private String membershipId;

    private String name;
    private byte[] keyHash;
    private Instant created;

    protected ApiKey() {}

    ApiKey(String membershipId, String name, String key, Instant now) {
        this.id = Ids.shortId();
        this.membershipId = membershipId;
        this.name = name;
        this.keyHash = ApiKeys.hash(key);
        this.created = now;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    Instant created() {
        return created;
    }
}
