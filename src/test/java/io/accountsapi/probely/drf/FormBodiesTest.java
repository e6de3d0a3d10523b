package io.accountsapi.probely.drf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Form fields become the same tree as JSON, so both encodings mean the same and fail the same. */
class FormBodiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void formKeysBecomeNestedLists() {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("name", new String[] {"first", "Last wins"});
        form.put("labels[1]name", new String[] {"second"});
        form.put("labels[0]name", new String[] {"first"});
        form.put("labels[0][color]", new String[] {"#111111"});
        form.put("labels[1].color", new String[] {"#222222"});
        form.put("labels[7]name", new String[] {"sparse"});

        assertThat(FormBodies.tree(form)).isEqualTo(JSON.readTree("""
                {"name": "Last wins", "labels": [{"name": "first", "color": "#111111"},
                 {"name": "second", "color": "#222222"}, {"name": "sparse"}]}"""));
    }

    @Test
    void anEmptyLabelsFieldIsAnEmptyList() {
        assertThat(FormBodies.tree(Map.of("labels", new String[] {""}))).isEqualTo(JSON.readTree("{\"labels\": []}"));
    }

    @Test
    void hugeIndexesAreNotBuilt() {
        assertThat(FormBodies.tree(Map.of("labels[99999999]name", new String[] {"far"}))
                        .has("labels"))
                .isFalse();
    }
}
