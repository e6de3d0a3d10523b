package io.accountsapi.upsun.response;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** Upsun's Profile, as the seed shows it: every field, unset strings as {@code ""}. */
@Schema(name = "Profile", description = "The user profile.")
public record ProfileResponse(
        @Schema(
                description = "The user's unique ID.",
                format = "uuid",
                example = "3c90c3cc-0d44-4b50-8888-8dd25736052a")
        UUID id,

        @Schema(description = "The user's display name.", example = "Example Ltd")
        String displayName,

        @Schema(description = "The user's email address.", format = "email", example = "jsmith@example.com")
        String email,

        @Schema(description = "The user's username.", example = "example-ltd")
        String username,

        @Schema(
                description = "The user's type (user/organization).",
                allowableValues = {"user", "organization"},
                example = "organization")
        String type,

        @Schema(description = "The URL of the user's picture.", format = "url", example = "")
        String picture,

        @Schema(description = "The company type.", example = "")
        String companyType,

        @Schema(description = "The name of the company.", example = "Example Ltd")
        String companyName,

        @Schema(
                description = "A 3-letter ISO 4217 currency code (assigned according to the billing address).",
                allowableValues = {"EUR", "USD", "GBP", "AUD", "CAD"},
                example = "EUR")
        String currency,

        @Schema(description = "The vat number of the user.", example = "GB123456789")
        String vatNumber,

        @Schema(description = "The role of the user in the company.", example = "")
        String companyRole,

        @Schema(description = "The user or company website.", example = "")
        String websiteUrl,

        @Schema(description = "Whether the new UI features are enabled for this user.", example = "true")
        boolean newUi,

        @Schema(description = "The user's chosen color scheme for user interfaces.", example = "")
        String uiColorscheme,

        @Schema(
                description = "The URL of a catalog file which overrides the default.",
                example = "https://example.com/catalog.json")
        String defaultCatalog,

        @Schema(description = "The URL of an account-wide project options file.", example = "")
        String projectOptionsUrl,

        @Schema(description = "Flag if the user agreed to receive marketing communication.", example = "false")
        boolean marketing,

        @Schema(
                description = "The timestamp representing when the user account was created.",
                example = "2023-11-07T05:31:56Z")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UPSUN_TIME, timezone = "UTC")
        Instant createdAt,

        @Schema(
                description = "The timestamp representing when the user account was last modified.",
                example = "2023-11-07T05:31:56Z")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UPSUN_TIME, timezone = "UTC")
        Instant updatedAt,

        @Schema(
                description = "The e-mail address of a contact to whom billing notices will be sent.",
                format = "email",
                example = "jsmith@example.com")
        String billingContact,

        @Schema(description = "The current trial for the profile.")
        Trial currentTrial,

        @Schema(description = "The customer is invoiced.", example = "false")
        boolean invoiced,

        @Schema(
                description = "The customer type; null until set.",
                allowableValues = {"individual", "corporation", "government"},
                nullable = true,
                types = {"string", "null"},
                example = "corporation")
        String customerType,

        @Schema(description = "The legal entity name of the customer; empty until set.", example = "Example Limited")
        String legalEntityName,

        @JsonProperty("_links") Links links) {

    /** RFC 3339 in UTC, whole seconds, as in the seed's example: every time of the Upsun dialect. */
    public static final String UPSUN_TIME = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    @Schema(name = "ProfileTrial", description = "The current trial for the profile.")
    public record Trial(
            @Schema(description = "The trial active status.")
            boolean active,

            @Schema(description = "The trial creation date.", example = "2023-11-07T05:31:56Z")
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UPSUN_TIME, timezone = "UTC")
            Instant created,

            @Schema(description = "The trial description.", example = "Free trial")
            String description,

            @Schema(description = "The trial expiration-date.", example = "2023-12-07T05:31:56Z")
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UPSUN_TIME, timezone = "UTC")
            Instant expiration,

            @Schema(description = "The total amount spent by the trial user at this point in time.")
            Money current,

            @Schema(description = "The total amount available for the trial.")
            Money spend,

            @Schema(description = "The remaining amount available for the trial.")
            SpendRemaining spendRemaining,

            @Schema(description = "Projects active under trial")
            Projects projects,

            @Schema(
                    description = "Required verification method (if applicable).",
                    allowableValues = "credit-card",
                    nullable = true,
                    deprecated = true,
                    types = {"string", "null"})
            String pendingVerification,

            @Schema(description = "The trial trial model.", example = "resources")
            String model,

            @Schema(description = "The amount of days until the trial expires.", example = "30")
            long daysRemaining) {}

    @Schema(name = "ProfileMoney")
    public record Money(
            @Schema(description = "The total amount formatted.", example = "€10.00")
            String formatted,

            @Schema(description = "The total amount.", example = "10.00")
            String amount,

            @Schema(description = "The currency.", example = "EUR")
            String currency,

            @Schema(description = "Currency symbol.", example = "€")
            String currencySymbol) {}

    @Schema(name = "ProfileSpendRemaining")
    public record SpendRemaining(
            @Schema(description = "The total amount formatted.", example = "€40.00")
            String formatted,

            @Schema(description = "The total amount.", example = "40.00")
            String amount,

            @Schema(description = "The currency.", example = "EUR")
            String currency,

            @Schema(description = "Currency symbol.", example = "€")
            String currencySymbol,

            @Schema(description = "Spend limit is ignored (in favor of resource limitations).")
            boolean unlimited) {}

    @Schema(name = "ProfileTrialProjects")
    public record Projects(
            @Schema(description = "Trial project ID", example = "")
            String id,

            @Schema(description = "Trial project name", example = "")
            String name,

            Total total) {}

    @Schema(name = "ProfileTrialProjectsTotal")
    public record Total(
            @Schema(description = "Trial project cost", example = "1000")
            long amount,

            @Schema(description = "Currency code", example = "EUR")
            String currencyCode,

            @Schema(description = "Currency symbol", example = "€")
            String currencySymbol,

            @Schema(description = "Trial project cost formatted with currency sign", example = "€10.00")
            String formatted) {}
}
