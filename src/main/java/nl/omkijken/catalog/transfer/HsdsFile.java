package nl.omkijken.catalog.transfer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the services out of an HSDS 3.0 JSON file: an organization with its services (what the export writes), a page
 * of the HSDS API (its contents), a list of services, or one service.
 */
final class HsdsFile {

    private HsdsFile() {}

    static boolean looksLikeJson(byte[] bytes) {
        for (var b : bytes) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    static List<JsonNode> services(JsonMapper json, byte[] bytes) throws ImportRefused {
        if (bytes.length > OfferingCsv.MAX_BYTES) {
            throw new ImportRefused("import.refused.tooLarge", OfferingCsv.MAX_BYTES / 1024 / 1024);
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new ImportRefused("import.refused.notJson");
        }
        var list = root.has("services") ? root.get("services") : root.has("contents") ? root.get("contents") : root;
        var services = new ArrayList<JsonNode>();
        if (list.isArray()) {
            list.forEach(services::add);
        } else if (list.isObject() && list.has("name")) {
            services.add(list);
        }
        if (services.isEmpty() || services.stream().anyMatch(s -> !s.isObject())) {
            throw new ImportRefused("import.refused.noServices");
        }
        if (services.size() > OfferingCsv.MAX_ROWS) {
            throw new ImportRefused("import.refused.tooManyRows", OfferingCsv.MAX_ROWS);
        }
        return services;
    }
}
