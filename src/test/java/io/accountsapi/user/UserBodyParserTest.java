package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/** Forms become the same tree as JSON, so both encodings mean the same and fail the same. */
class UserBodyParserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void formKeysBecomeNestedLists() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "first");
        form.add("name", "Last wins");
        form.add("labels[1]name", "second");
        form.add("labels[0]name", "first");
        form.add("labels[0][color]", "#111111");
        form.add("labels[1].color", "#222222");
        form.add("labels[7]name", "sparse");

        assertThat(UserBodyParser.fromForm(form)).isEqualTo(JSON.readTree("""
                {"name": "Last wins", "labels": [{"name": "first", "color": "#111111"},
                 {"name": "second", "color": "#222222"}, {"name": "sparse"}]}"""));
    }

    @Test
    void anEmptyLabelsFieldClearsTheLabels() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("labels", "");

        var changes = UserBodyParser.parse(UserBodyParser.fromForm(form), UserBodyParser.Mode.PATCH);

        assertThat(changes.labels().get()).isEmpty();
    }

    @Test
    void hugeIndexesAreNotBuilt() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("labels[99999999]name", "far");

        assertThat(UserBodyParser.fromForm(form).has("labels")).isFalse();
    }

    @Test
    void absentNullAndPresentAreThreeDifferentThings() {
        var changes = UserBodyParser.parse(JSON.readTree("{\"title\": \"\", \"active\": \"off\"}"), UserBodyParser.Mode.PATCH);

        assertThat(changes.name().isPresent()).isFalse();
        assertThat(changes.title().get()).isEmpty();
        assertThat(changes.active().get()).isFalse();
        assertThat(changes.labels().isPresent()).isFalse();
        assertThatThrownBy(() -> UserBodyParser.parse(JSON.readTree("{\"name\": null}"), UserBodyParser.Mode.PATCH))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problem())
                        .isEqualTo(new ApiProblem.Invalid(Map.of("name", List.of(DrfMessages.NOT_NULL)))));
    }

    @Test
    void readOnlyAndUnknownFieldsAreReportedNotApplied() {
        var changes = UserBodyParser.parse(JSON.readTree("{\"email\": \"x@y.z\", \"foo\": 1, \"name\": \"N\"}"),
                UserBodyParser.Mode.PATCH);

        assertThat(changes.ignoredFields()).containsExactly("email", "foo");
        assertThat(changes.email().isPresent()).isFalse();
    }

    @Test
    void numbersAreAcceptedAsTextAsDrfDoes() {
        var changes = UserBodyParser.parse(JSON.readTree("{\"name\": 42}"), UserBodyParser.Mode.PATCH);

        assertThat(changes.name().get()).isEqualTo("42");
    }
}
