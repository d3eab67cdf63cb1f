package nl.omkijken.finder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.springframework.stereotype.Component;

/**
 * Lets a word match with a typo or two ("koffieinlop" finds "koffie-inloop"): one or two letters changed, added,
 * left out or swapped, the first letter as written. Making the automaton that recognises those words costs far more
 * than running it, so the query for a word is made once and kept; the same words come back all day.
 */
@Component
class Typos {

    static final List<String> FIELDS = List.of("title", "summary", "body", "context");

    private final IndexWords words;
    private final Cache<String, Query> queries =
            Caffeine.newBuilder().maximumSize(20_000).build();

    Typos(IndexWords words) {
        this.words = words;
    }

    /** Matches the word with typos in any text field; matches nothing when the word is too short for a typo. */
    Query of(String word) {
        return queries.get(Synonyms.normalise(word), this::build);
    }

    /** One or two edits by length, as people misspell: none up to 3 letters, one up to 6, two beyond. */
    static int edits(String word) {
        return word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
    }

    private Query build(String word) {
        var any = new BooleanQuery.Builder();
        for (var token : words.of(word)) {
            var edits = edits(token);
            if (edits == 0) {
                continue;
            }
            var first = token.substring(0, Character.charCount(token.codePointAt(0)));
            var automaton = new LevenshteinAutomata(token.substring(first.length()), true).toAutomaton(edits, first);
            for (var field : FIELDS) {
                any.add(new AutomatonQuery(new Term(field, token), automaton), BooleanClause.Occur.SHOULD);
            }
        }
        var query = any.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery() : query;
    }
}
