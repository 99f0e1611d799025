package org.accordgraph.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Words as Lucene's analysis sees them, so that a name and its mention meet whatever their case,
 * punctuation, possessive or inflection: "Kazakhstan's" and "Kazakhstan", "Кыргызстана" and
 * "Кыргызстан". Stop words are kept: "Office of the Prosecutor General" is not "Office Prosecutor
 * General".
 */
final class Analysis {

	/** A word of the text: its analysed term and where it stands. */
	record Token(String term, int start, int end) {
	}

	private Analysis() {
	}

	static List<Token> tokens(String text, Language language) {
		try (Analyzer analyzer = analyzer(language); TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			List<Token> tokens = new ArrayList<>();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
			return tokens;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The analysed terms of a name, joined by spaces: what a mention of it must analyse to. */
	static String key(String name, Language language) {
		return String.join(" ", tokens(name, language).stream().map(Token::term).toList());
	}

	private static Analyzer analyzer(Language language) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new LowerCaseFilter(source);
				if (language == Language.RU) {
					result = new SnowballFilter(result, new RussianStemmer());
				}
				else {
					result = new EnglishPossessiveFilter(result);
					result = new ASCIIFoldingFilter(result);
					result = new PorterStemFilter(result);
				}
				return new TokenStreamComponents(source, result);
			}
		};
	}

}
