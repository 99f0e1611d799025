package org.accordgraph.format;

import java.util.List;


/**
 * A dataset that cannot be imported, with every problem found, each naming the file, the record
 * and the field. Nothing of such a dataset is written.
 */
public class DatasetException extends RuntimeException {

	private final List<Problem> details;

	DatasetException(List<Problem> problems) {
		super(problems.size() + " problem(s) in the dataset:\n  "
				+ String.join("\n  ", problems.stream().map(Problem::toString).toList()));
		this.details = List.copyOf(problems);
	}

	/** A dataset that cannot be read at all: a file missing, or not YAML. */
	static DatasetException unreadable(List<String> messages) {
		return new DatasetException(messages.stream()
			.map(message -> new Problem(message.substring(0, Math.max(0, message.indexOf(':'))), "", -1, "",
					Problem.Rule.FORMAT, message.substring(message.indexOf(':') + 1).strip()))
			.toList());
	}

	/** Each problem as {@code "record.field: message"}. */
	public List<String> problems() {
		return this.details.stream().map(Problem::toString).toList();
	}

	public List<Problem> details() {
		return this.details;
	}

}
