package nl.omkijken.finder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.catalog.HsdsPublication;
import nl.omkijken.identity.IdentityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open data API: the public offer as Open Referral HSDS 3.0 at {@code /api/hsds/v3}, for anyone, without a key.
 * Every list is paged in the HSDS envelope; errors are RFC 9457 problem documents; CORS is open.
 */
@RestController
@RequestMapping(value = HsdsApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET, maxAge = 3600)
class HsdsApiController {

    static final String BASE = "/api/hsds/v3";
    static final String API_VERSION = "3.0.0";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    private static final int MAX_SEARCH_RESULTS = 10_000;

    private final HsdsPublication publication;
    private final OfferingSearch search;
    private final IdentityProperties site;
    private final JsonMapper json;
    private final ObjectNode openApi;

    HsdsApiController(
            HsdsPublication publication,
            OfferingSearch search,
            IdentityProperties site,
            JsonMapper json,
            @Value("${omkijken.finder.api-contact-email:opendata@example.org}") String contactEmail) {
        this.publication = publication;
        this.search = search;
        this.site = site;
        this.json = json;
        this.openApi = openApi(json, site.publicUrl(), contactEmail);
    }

    @GetMapping({"", "/"})
    ResponseEntity<ObjectNode> root() {
        var node = json.createObjectNode();
        node.put("version", "3.0");
        node.put("profile", "https://docs.openreferral.org/en/3.0/hsds/overview.html");
        node.put("openapi_url", site.publicUrl().resolve(BASE + "/openapi.json").toString());
        return ok(node);
    }

    @GetMapping("/openapi.json")
    ResponseEntity<ObjectNode> openApiDocument() {
        return ok(openApi);
    }

    @GetMapping("/services")
    ResponseEntity<ObjectNode> services(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) String full,
            @RequestParam(required = false) String minimal,
            @RequestParam(required = false) String format) {
        requireJson(format);
        var ids = serviceIds(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter);
        var paging = Paging.of(page, perPage, ids.size());
        var chosen = ids.subList(paging.from(), paging.to());
        var items = publication.services(chosen, flag(full, "full"));
        if (flag(minimal, "minimal")) {
            items = items.stream().map(HsdsApiController::minimal).toList();
        }
        return ok(paging.envelope(json, items));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<ObjectNode> service(@PathVariable String id) {
        return ok(found(publication.service(uuid(id, "id")), "service"));
    }

    @GetMapping("/organizations")
    ResponseEntity<ObjectNode> organizations(
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "full_service", required = false) String fullService,
            @RequestParam(required = false) String full,
            @RequestParam(required = false) String format) {
        requireJson(format);
        var ids = publication.organizationIds();
        var paging = Paging.of(page, perPage, ids.size());
        var withServices = flag(fullService, "full_service") || flag(full, "full");
        return ok(paging.envelope(
                json, publication.organizations(ids.subList(paging.from(), paging.to()), withServices)));
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<ObjectNode> organization(@PathVariable String id) {
        return ok(found(publication.organization(uuid(id, "id")), "organization"));
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<ObjectNode> serviceAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) String full,
            @RequestParam(required = false) String format) {
        requireJson(format);
        var places = publication.places(serviceIds(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter));
        var paging = Paging.of(page, perPage, places.size());
        var items = publication.serviceAtLocations(places.subList(paging.from(), paging.to()), flag(full, "full"));
        return ok(paging.envelope(json, items));
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<ObjectNode> serviceAtLocation(@PathVariable String id) {
        return ok(found(publication.serviceAtLocation(uuid(id, "id")), "service_at_location"));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<ObjectNode> taxonomies(
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        var all = publication.taxonomies();
        var paging = Paging.of(page, perPage, all.size());
        return ok(paging.envelope(json, all.subList(paging.from(), paging.to())));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<ObjectNode> taxonomy(@PathVariable String id) {
        return ok(found(publication.taxonomy(uuid(id, "id")), "taxonomy"));
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<ObjectNode> taxonomyTerms(
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "parent_id", required = false) String parentId,
            @RequestParam(name = "top_only", required = false) String topOnly) {
        var all = publication.taxonomyTerms(taxonomyId == null ? null : uuid(taxonomyId, "taxonomy_id"));
        if (parentId != null) {
            uuid(parentId, "parent_id");
            // The taxonomies are flat: no term has a parent.
            all = List.of();
        }
        flag(topOnly, "top_only");
        var paging = Paging.of(page, perPage, all.size());
        return ok(paging.envelope(json, all.subList(paging.from(), paging.to())));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<ObjectNode> taxonomyTerm(@PathVariable String id) {
        return ok(found(publication.taxonomyTerm(uuid(id, "id")), "taxonomy_term"));
    }

    /** Any other address under the API: a problem document rather than the site's error page. */
    @GetMapping("/**")
    ResponseEntity<ProblemDetail> unknown() {
        throw new Refused(HttpStatus.NOT_FOUND, "Not found", "There is no such resource in this API.");
    }

    private List<UUID> serviceIds(
            String search, String taxonomyTermId, String taxonomyId, String organizationId, String modifiedAfter) {
        var filter = new HsdsPublication.ServiceFilter(
                organizationId == null ? null : uuid(organizationId, "organization_id"),
                modifiedAfter == null ? null : instant(modifiedAfter),
                taxonomyTermId == null ? null : uuid(taxonomyTermId, "taxonomy_term_id"));
        var ids = publication.serviceIds(filter);
        if (taxonomyId != null) {
            var taxonomy = uuid(taxonomyId, "taxonomy_id");
            if (publication.taxonomy(taxonomy).isEmpty()) {
                return List.of();
            }
        }
        if (search == null || search.isBlank()) {
            return ids;
        }
        var matching = new HashSet<>(ids);
        return this.search.ids(search, MAX_SEARCH_RESULTS).stream()
                .filter(matching::contains)
                .toList();
    }

    private static ObjectNode minimal(ObjectNode service) {
        var node = service.objectNode();
        node.set("id", service.get("id"));
        if (service.has("last_modified")) {
            node.set("last_modified", service.get("last_modified"));
        }
        return node;
    }

    private static <T> T found(Optional<T> value, String what) {
        return value.orElseThrow(
                () -> new Refused(HttpStatus.NOT_FOUND, "Not found", "No public " + what + " has this id."));
    }

    private static UUID uuid(String value, String parameter) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Invalid parameter", parameter + " must be a UUID.");
        }
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused(
                    HttpStatus.BAD_REQUEST,
                    "Invalid parameter",
                    "modified_after must be an RFC 3339 date-time, such as 2026-11-01T00:00:00Z.");
        }
    }

    private static boolean flag(String value, String parameter) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
            return true;
        }
        throw new Refused(HttpStatus.BAD_REQUEST, "Invalid parameter", parameter + " must be true or false.");
    }

    private static void requireJson(String format) {
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new Refused(
                    HttpStatus.BAD_REQUEST, "Invalid parameter", "format must be json; ndjson is not offered.");
        }
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().header("API-Version", API_VERSION).body(body);
    }

    /** A request this API refuses, with the status and the words of its problem document. */
    static final class Refused extends RuntimeException {

        final HttpStatus status;
        final String title;
        final String detail;

        Refused(HttpStatus status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
            this.detail = detail;
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        var problem = ProblemDetail.forStatusAndDetail(refused.status, refused.detail);
        problem.setTitle(refused.title);
        return ResponseEntity.status(refused.status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("API-Version", API_VERSION)
                .body(problem);
    }

    /** Which slice of a list a page is, and the HSDS envelope around it. */
    record Paging(int page, int perPage, int total) {

        static Paging of(String page, String perPage, int total) {
            var number = number(page, 1, "page", Integer.MAX_VALUE);
            var size = number(perPage, DEFAULT_PER_PAGE, "per_page", MAX_PER_PAGE);
            return new Paging(number, size, total);
        }

        private static int number(String value, int fallback, String parameter, int max) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                var number = Integer.parseInt(value.strip());
                if (number >= 1 && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Refused below.
            }
            throw new Refused(
                    HttpStatus.BAD_REQUEST,
                    "Invalid parameter",
                    parameter + " must be a whole number from 1" + (max == Integer.MAX_VALUE ? "" : " to " + max)
                            + ".");
        }

        int pages() {
            return Math.max(1, (total + perPage - 1) / perPage);
        }

        int from() {
            return (int) Math.min(total, (long) (page - 1) * perPage);
        }

        int to() {
            return (int) Math.min(total, (long) page * perPage);
        }

        ObjectNode envelope(JsonMapper json, List<? extends JsonNode> items) {
            var node = json.createObjectNode();
            node.put("total_items", total);
            node.put("total_pages", pages());
            node.put("page_number", page);
            node.put("size", items.size());
            node.put("first_page", page == 1);
            node.put("last_page", page >= pages());
            node.put("empty", items.isEmpty());
            node.putArray("contents").addAll(items);
            return node;
        }
    }

    /**
     * The official HSDS 3.0 OpenAPI document with this API's own title, contact, licence and server, and what the NL
     * API Design Rules ask for besides: the API-Version header on every success, a problem document for every error,
     * and a tag on every operation.
     */
    private static void designRules(ObjectNode document) {
        var components = document.withObject("/components");
        var header = components.withObject("/headers").putObject("API-Version");
        header.put("description", "The full version of this API, such as " + API_VERSION + ".");
        header.putObject("schema").put("type", "string");
        var problem = components.withObject("/schemas").putObject("Problem");
        problem.put("type", "object");
        problem.put("description", "An RFC 9457 problem document.");
        var properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
        var tags = new java.util.LinkedHashSet<String>();
        for (var path : document.get("paths").properties()) {
            var tag = path.getKey().equals("/") ? "api" : path.getKey().split("/")[1];
            tags.add(tag);
            for (var operation : path.getValue().properties()) {
                if (!operation.getValue().isObject()) {
                    continue;
                }
                var op = (ObjectNode) operation.getValue();
                op.putArray("tags").add(tag);
                var responses = op.withObject("/responses");
                for (var response : responses.properties()) {
                    if (response.getKey().matches("[23]\\d\\d")) {
                        ((ObjectNode) response.getValue())
                                .withObject("/headers")
                                .putObject("API-Version")
                                .put("$ref", "#/components/headers/API-Version");
                    }
                }
                for (var status : List.of("400", "404")) {
                    var error = responses.putObject(status);
                    error.put("description", status.equals("400") ? "A parameter is not valid." : "Not found.");
                    error.putObject("headers").putObject("API-Version").put("$ref", "#/components/headers/API-Version");
                    error.putObject("content")
                            .putObject("application/problem+json")
                            .putObject("schema")
                            .put("$ref", "#/components/schemas/Problem");
                }
            }
        }
        var list = document.putArray("tags");
        tags.forEach(tag -> list.addObject().put("name", tag));
    }

    private static ObjectNode openApi(JsonMapper json, URI site, String contactEmail) {
        try (var in = new ClassPathResource("finder/hsds/openapi-hsds-3.0.json").getInputStream()) {
            var document = (ObjectNode) json.readTree(in);
            var info = document.putObject("info");
            info.put("title", "Omkijken open data: de sociale basis als Open Referral HSDS 3.0");
            info.put("version", API_VERSION);
            info.put("summary", "Het openbare aanbod van de sociale basis, in de open standaard HSDS 3.0.");
            info.put(
                    "description",
                    "Activiteiten, ontmoetingsplekken, spreekuren, ondersteuning, regelingen en vrijwilligerswerk"
                            + " die aanbieders zelf bijhouden en een redactie controleert. Alleen openbaar aanbod;"
                            + " geen persoonsgegevens van inwoners.");
            var contact = info.putObject("contact");
            contact.put("name", "Omkijken");
            contact.put("url", site.toString());
            contact.put("email", contactEmail);
            var licence = info.putObject("license");
            licence.put("name", "CC0 1.0");
            licence.put("url", "https://creativecommons.org/publicdomain/zero/1.0/");
            document.putArray("servers")
                    .addObject()
                    .put("url", site.resolve(BASE).toString());
            designRules(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
