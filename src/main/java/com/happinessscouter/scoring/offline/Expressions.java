package com.happinessscouter.scoring.offline;

/**
 * The expression probabilities of one face, in face-api's class order: neutral, happy,
 * sad, angry, fearful, disgusted, surprised.
 */
record Expressions(double[] probabilities) {

	static final int COUNT = 7;

	Expressions {
		if (probabilities.length != COUNT) {
			throw new IllegalArgumentException("Expected " + COUNT + " probabilities");
		}
		probabilities = probabilities.clone();
	}

	double neutral() {
		return this.probabilities[0];
	}

	double happy() {
		return this.probabilities[1];
	}

	double sad() {
		return this.probabilities[2];
	}

	double angry() {
		return this.probabilities[3];
	}

	double fearful() {
		return this.probabilities[4];
	}

	double disgusted() {
		return this.probabilities[5];
	}

	double surprised() {
		return this.probabilities[6];
	}

}
