package io.accountsapi.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.json.JsonMapper;

/** Java property names as the API's JSON spells them: by the naming strategy of the server's own JsonMapper. */
@Component
public class JsonNames {

    private final SerializationConfig config;
    private final PropertyNamingStrategy strategy;

    public JsonNames(JsonMapper jsonMapper) {
        this.config = jsonMapper.serializationConfig();
        this.strategy = config.getPropertyNamingStrategy();
    }

    public String of(String property) {
        // A naming strategy translates a name alone; which field it belongs to does not matter to it.
        return strategy == null ? property : strategy.nameForField(config, null, property);
    }
}
