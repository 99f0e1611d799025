package org.accordgraph.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as the proposers read it: its text, language and date, its sentences, the graph's
 * names found in it, and the dates each sentence names.
 */
final class Reading {

	private final String text;

	private final Language language;

	private final List<Span> sentences;

	private final List<Gazetteer.Found> names;

	private final List<List<Dates.Found>> dates = new ArrayList<>();

	private final List<String> cities;

	Reading(String text, Language language, LocalDate publishedOn, Gazetteer gazetteer, List<String> cities) {
		this.text = text;
		this.language = language;
		this.sentences = Sentences.of(text, language);
		this.names = gazetteer.find(text);
		this.cities = cities;
		Integer year = (publishedOn != null) ? publishedOn.getYear() : null;
		for (Span sentence : this.sentences) {
			this.dates.add(Dates.in(text, sentence, year));
			Integer named = Dates.lastYear(sentence);
			year = (named != null) ? named : year;
		}
	}

	String text() {
		return this.text;
	}

	Language language() {
		return this.language;
	}

	List<Span> sentences() {
		return this.sentences;
	}

	List<Gazetteer.Found> namesIn(Span span) {
		return Gazetteer.within(this.names, span);
	}

	List<Dates.Found> datesIn(int sentence) {
		return this.dates.get(sentence);
	}

	List<String> cities() {
		return this.cities;
	}

	Span span(int start, int end) {
		return Span.of(this.text, start, end);
	}

}
