package nl.omkijken.finder;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** A word as the index holds it: folded, split where it is a compound, stemmed; nothing for "de", "en" or "met". */
@Component
class IndexWords {

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer dutch;

    IndexWords(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    List<String> of(String word) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer().tokenStream("title", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private Analyzer analyzer() {
        if (dutch == null) {
            dutch = Search.mapping(entityManagerFactory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer(DutchAnalysis.DUTCH)
                    .orElseThrow();
        }
        return dutch;
    }
}
