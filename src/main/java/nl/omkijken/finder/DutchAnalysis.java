package nl.omkijken.finder;

import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * How Dutch text is cut into words for the search. A hyphen between letters goes, so "koffie-inloop" and
 * "koffieinloop" are the same word; accents are folded ("café" is "cafe"); compounds are split into the parts listed in
 * {@code finder/compounds.txt} ("taalspreekuur" also gives "taal" and "spreekuur"); words are reduced to their stem.
 * The parts list is kept short on purpose: a part that occurs inside common words would make those match too.
 */
@Component(DutchAnalysis.BEAN)
class DutchAnalysis implements LuceneAnalysisConfigurer {

    static final String BEAN = "dutchAnalysis";
    static final String DUTCH = "dutch";
    static final String PREFIX_INDEX = "dutch_prefix_index";
    static final String PREFIX_QUERY = "dutch_prefix_query";
    static final String SORT = "sort";

    private static final String HYPHEN_BETWEEN_LETTERS = "(?<=\\p{L})-(?=\\p{L})";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DUTCH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", HYPHEN_BETWEEN_LETTERS)
                .param("replacement", "")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", "org/apache/lucene/analysis/snowball/dutch_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", "finder/compounds.txt")
                .param("minWordSize", "6")
                .param("minSubwordSize", "3")
                .param("maxSubwordSize", "15")
                .param("onlyLongestMatch", "false")
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "Dutch")
                .tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
        context.analyzer(PREFIX_INDEX)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", HYPHEN_BETWEEN_LETTERS)
                .param("replacement", "")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "2")
                .param("maxGramSize", "20");
        context.analyzer(PREFIX_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", HYPHEN_BETWEEN_LETTERS)
                .param("replacement", "")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
