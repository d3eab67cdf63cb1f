package nl.omkijken.finder;

import java.util.Arrays;
import org.apache.lucene.search.BoostQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * What the words a resident typed match. Every word must match, each in one of several ways: as written or with the
 * same stem, as part of a compound, through a synonym, or (the last word) as the start of a word in a title; with
 * {@code typos}, also with a typo or two. Title matches weigh most.
 */
@Component
class TextMatch {

    private static final int MAX_WORDS = 12;

    private final Synonyms synonyms;
    private final Typos typos;
    private final IndexWords indexWords;

    TextMatch(Synonyms synonyms, Typos typos, IndexWords indexWords) {
        this.synonyms = synonyms;
        this.typos = typos;
        this.indexWords = indexWords;
    }

    SearchPredicate of(SearchPredicateFactory f, String text, boolean withTypos) {
        var typed = Arrays.stream(text.split(" "))
                .filter(w -> !w.isBlank())
                .limit(MAX_WORDS)
                .toList();
        // "koffie en taal" asks for koffie and taal: a word the index leaves out, such as "en", cannot be required.
        var meaningful = typed.stream()
                .filter(w -> !indexWords.of(w).isEmpty() || !synonyms.of(w).isEmpty())
                .toList();
        var words = meaningful.isEmpty() ? typed : meaningful;
        var all = f.and();
        for (var i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var any = f.or();
            any.add(f.match()
                    .field("title")
                    .boost(3f)
                    .field("summary")
                    .boost(1.5f)
                    .fields("body", "context")
                    .matching(word));
            for (var alternative : synonyms.of(word)) {
                any.add(f.phrase()
                        .field("title")
                        .boost(2f)
                        .fields("summary", "body", "context")
                        .matching(alternative));
            }
            if (withTypos && Typos.edits(word) > 0) {
                any.add(f.extension(LuceneExtension.get()).fromLuceneQuery(new BoostQuery(typos.of(word), 0.5f)));
            }
            if (i == words.size() - 1 && word.length() >= 2) {
                any.add(f.match().field("title_prefix").matching(word).boost(1.5f));
            }
            all.add(any);
        }
        return all.toPredicate();
    }
}
