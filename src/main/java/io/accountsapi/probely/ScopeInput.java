package io.accountsapi.probely;

import io.accountsapi.probely.drf.ChoiceOf;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.Tier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Function;
import org.openapitools.jackson.nullable.JsonNullable;

/** Where a role applies: a team tier names its team, a target tier its target. */
@Schema(name = "UserRoleScopeRequest")
@ScopeInput.NamesItsTierObject
record ScopeInput(
        @Schema(implementation = Tier.class, requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @ChoiceOf(Tier.class)
        @DrfBinding.DrfChoice
        JsonNullable<String> tier,

        @Schema(description = "Required when tier is team.") @Valid
        JsonNullable<IdRef> team,

        @Schema(description = "Required when tier is target.") @Valid
        JsonNullable<IdRef> target) {

    String referenced(Tier tier, Function<ScopeInput, JsonNullable<IdRef>> reference) {
        return tier.code().equals(this.tier.orElse(null)) ? Sent.id(reference.apply(this)) : null;
    }

    /** A team tier must name its team and a target tier its target (sent, and not null). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NamesItsTierObject.Validator.class)
    @interface NamesItsTierObject {

        String message() default DrfMessages.REQUIRED;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<NamesItsTierObject, ScopeInput> {

            @Override
            public boolean isValid(ScopeInput scope, ConstraintValidatorContext context) {
                var tier = scope.tier().orElse(null);
                var reference = Tier.TEAM.code().equals(tier)
                        ? "team"
                        : Tier.TARGET.code().equals(tier) ? "target" : null;
                if (reference == null) {
                    return true;
                }
                var value = reference.equals("team") ? scope.team() : scope.target();
                if (value.isPresent() && value.get() != null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                                value.isPresent() ? DrfMessages.NOT_NULL : DrfMessages.REQUIRED)
                        .addPropertyNode(reference)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
