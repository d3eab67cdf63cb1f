package nl.omkijken;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The official Open Referral HSDS 3.0 JSON Schemas (test resources {@code hsds/v3.0/schema}), read as Draft 2020-12
 * with format assertions on, so a bad uuid, uri or e-mail address fails.
 */
public final class HsdsSchemas {

    private static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(l -> l.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:hsds/v3.0/schema/")))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));

    private HsdsSchemas() {}

    /** What is wrong with the node by one schema, such as {@code service.json} or {@code compiled/service_list.json}. */
    public static List<String> problems(String schema, JsonNode node) {
        return SCHEMAS.getSchema(SchemaLocation.of(BASE + schema)).validate(node).stream()
                .map(e -> schema + " " + node.path("id").asString() + " " + e)
                .toList();
    }
}
