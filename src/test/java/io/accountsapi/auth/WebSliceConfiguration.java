package io.accountsapi.auth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.accountsapi.limits.LimitsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * For {@code @WebMvcTest} slices: the real security chain (with no rate set), error rendering, JSON settings and body
 * checks, with keys resolved from a fixed table instead of the database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
@EnableConfigurationProperties(LimitsProperties.class)
@ComponentScan(
        basePackages = "io.accountsapi",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "io\\.accountsapi\\.web\\.(Problems|JsonConfig|ETags|JsonNames|RequestValidator)",
                            "io\\.accountsapi\\.limits\\.(RateLimits|Admissions)",
                            ".*MapperImpl",
                            "io\\.accountsapi\\.upsun\\.UpsunWrites",
                            ".*ProblemRenderer"
                        }))
public class WebSliceConfiguration {

    public static final String ADMIN_KEY = "acck_slice_admin";
    public static final String MEMBER_KEY = "acck_slice_member";
    public static final Caller ADMIN = new Caller(
            "AdminUser123",
            "01EY8BWRSQ56EY1TDC32PARAJS",
            "example",
            true,
            true,
            UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    public static final Caller MEMBER = new Caller(
            "MemberUser12",
            "01EY8BWRSQ56EY1TDC32PARAJS",
            "example",
            false,
            false,
            UUID.fromString("0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70"));

    @Bean
    MeterRegistry sliceMeterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    CallerLookup sliceCallerLookup() {
        var lookup = mock(CallerLookup.class);
        var owners = Map.of(
                ByteBuffer.wrap(ApiKeys.hash(ADMIN_KEY)), owner(ADMIN),
                ByteBuffer.wrap(ApiKeys.hash(MEMBER_KEY)), owner(MEMBER));
        when(lookup.findActive(any()))
                .thenAnswer(
                        lookedUp -> Optional.ofNullable(owners.get(ByteBuffer.wrap(lookedUp.<byte[]>getArgument(0)))));
        return lookup;
    }

    private static KeyOwner owner(Caller caller) {
        return new KeyOwner(
                "key-of-" + caller.userId(),
                caller.userId(),
                caller.organizationId(),
                caller.organizationName(),
                caller.admin(),
                caller.billingAdmin(),
                caller.personId(),
                "0/0");
    }
}
