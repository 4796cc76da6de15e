package com.happinessscouter.scoring;

import java.util.List;

/** What an analyzer found in one photo. */
public sealed interface Analysis {

	/** One or more faces were found. */
	record Faces(ImageSize size, List<Face> faces) implements Analysis {
		public Faces {
			faces = List.copyOf(faces);
		}
	}

	/** The photo was readable but holds no face. */
	record NoFace(ImageSize size) implements Analysis {
	}

	/** The photo could not be analysed; {@code detail} is for logs, never for guests. */
	record Failed(FailureReason reason, String detail) implements Analysis {
	}

}
