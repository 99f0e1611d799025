package org.accordgraph.dataset;

import java.util.List;

/**
 * A dataset that cannot be imported, with every problem found, each naming the file, the record
 * and the field. Nothing of such a dataset is written.
 */
public class DatasetException extends RuntimeException {

	private final List<String> problems;

	DatasetException(List<String> problems) {
		super(problems.size() + " problem(s) in the dataset:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
