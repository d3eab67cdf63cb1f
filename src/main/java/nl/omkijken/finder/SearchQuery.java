package nl.omkijken.finder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a resident asked for on the search page. Every value comes from the address, so a search can be bookmarked,
 * shared and used without JavaScript; values the search does not know are ignored rather than refused.
 *
 * @param page counted from 1
 * @param bij a buurt code or a postcode: distances are measured from there; a page's {@code postcode} field, when it
 *     holds one, takes the place of its {@code bij}
 * @param sorteer {@code afstand} (from {@code bij}), {@code datum} (next date first) or anything else for relevance
 * @param buurt a buurt code: only what takes place there
 * @param openNu only what is going on at this moment
 */
record SearchQuery(
        String q,
        String wijk,
        String soort,
        String thema,
        String doelgroep,
        String dag,
        String dagdeel,
        String taal,
        boolean gratis,
        boolean rolstoel,
        boolean zonderAanmelden,
        int page,
        String bij,
        String sorteer,
        String buurt,
        boolean openNu) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE = 500;

    SearchQuery {
        q = q == null ? "" : clean(q);
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        wijk = blankToNull(wijk);
        soort = blankToNull(soort);
        thema = blankToNull(thema);
        doelgroep = blankToNull(doelgroep);
        dag = blankToNull(dag);
        dagdeel = blankToNull(dagdeel);
        taal = blankToNull(taal);
        page = Math.max(1, Math.min(page, MAX_PAGE));
        bij = blankToNull(bij);
        buurt = blankToNull(buurt);
        sorteer = "afstand".equals(sorteer) || "datum".equals(sorteer) ? sorteer : null;
    }

    SearchQuery(
            String q,
            String wijk,
            String soort,
            String thema,
            String doelgroep,
            String dag,
            String dagdeel,
            String taal,
            boolean gratis,
            boolean rolstoel,
            boolean zonderAanmelden,
            int page) {
        this(
                q,
                wijk,
                soort,
                thema,
                doelgroep,
                dag,
                dagdeel,
                taal,
                gratis,
                rolstoel,
                zonderAanmelden,
                page,
                null,
                null,
                null,
                false);
    }

    /** The search a page address asks for, such as {@code ?q=koffie&wijk=WK019310&gratis=ja&page=2}. */
    static SearchQuery of(Map<String, List<String>> parameters) {
        java.util.function.Function<String, String> get = name -> {
            var values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
        return new SearchQuery(
                get.apply("q"),
                get.apply("wijk"),
                get.apply("soort"),
                get.apply("thema"),
                get.apply("doelgroep"),
                get.apply("dag"),
                get.apply("dagdeel"),
                get.apply("taal"),
                yes(get.apply("gratis")),
                yes(get.apply("rolstoel")),
                yes(get.apply("zonderAanmelden")),
                pageNumber(get.apply("page")),
                nl.omkijken.catalog.Postcodes.normalise(get.apply("postcode")).orElse(get.apply("bij")),
                get.apply("sorteer"),
                get.apply("buurt"),
                yes(get.apply("openNu")));
    }

    private static boolean yes(String value) {
        return "ja".equals(value) || "true".equals(value) || "on".equals(value);
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Control characters and Lucene's operators mean nothing to residents; they become spaces. A hyphen between
     * letters stays, since "koffie-inloop" is one word.
     */
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ")
                .replaceAll("(?<!\\p{L})-|-(?!\\p{L})", " ")
                .replaceAll("[+!(){}\\[\\]^\"~*?:\\\\/&|<>=]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.length() > 40 ? null : value.strip();
    }

    public boolean hasFilters() {
        return wijk != null
                || buurt != null
                || soort != null
                || thema != null
                || doelgroep != null
                || dag != null
                || dagdeel != null
                || taal != null
                || gratis
                || rolstoel
                || zonderAanmelden
                || openNu;
    }

    /** The same search with other words, from the first page. */
    public SearchQuery withWords(String words) {
        return new SearchQuery(
                words,
                wijk,
                soort,
                thema,
                doelgroep,
                dag,
                dagdeel,
                taal,
                gratis,
                rolstoel,
                zonderAanmelden,
                1,
                bij,
                sorteer,
                buurt,
                openNu);
    }

    /** The same search, only what takes place now. */
    public SearchQuery withOpenNow() {
        return new SearchQuery(
                q,
                wijk,
                soort,
                thema,
                doelgroep,
                dag,
                dagdeel,
                taal,
                gratis,
                rolstoel,
                zonderAanmelden,
                1,
                bij,
                sorteer,
                buurt,
                true);
    }

    /** The parameters of this search with one changed (null removes it), for the links on the page. */
    Map<String, Object> with(String name, Object value) {
        var parameters = parameters();
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        if (!name.equals("page")) {
            parameters.remove("page");
        }
        return parameters;
    }

    /** The address of this search with one parameter changed (null removes it). */
    public String href(String name, Object value) {
        return address("/zoeken", with(name, value));
    }

    /** This search's parameters on another page, such as the map's points or the agenda's calendar file. */
    String hrefAt(String path) {
        return address(path, parameters());
    }

    private static String address(String path, Map<String, Object> parameters) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromUriString(path);
        parameters.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        put(parameters, "q", q.isEmpty() ? null : q);
        put(parameters, "wijk", wijk);
        put(parameters, "buurt", buurt);
        put(parameters, "soort", soort);
        put(parameters, "thema", thema);
        put(parameters, "doelgroep", doelgroep);
        put(parameters, "dag", dag);
        put(parameters, "dagdeel", dagdeel);
        put(parameters, "taal", taal);
        put(parameters, "gratis", gratis ? "ja" : null);
        put(parameters, "rolstoel", rolstoel ? "ja" : null);
        put(parameters, "zonderAanmelden", zonderAanmelden ? "ja" : null);
        put(parameters, "openNu", openNu ? "ja" : null);
        put(parameters, "bij", bij);
        put(parameters, "sorteer", sorteer);
        put(parameters, "page", page > 1 ? page : null);
        return parameters;
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
