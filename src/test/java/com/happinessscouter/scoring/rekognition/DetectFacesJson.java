package com.happinessscouter.scoring.rekognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** DetectFaces responses shaped like the API reference (Attributes ALL). */
final class DetectFacesJson {

	private DetectFacesJson() {
	}

	static String response(String... faces) {
		return "{\"FaceDetails\":[" + String.join(",", faces) + "]}";
	}

	/**
	 * A face; {@code smile} null leaves Smile out; emotions alternate type, confidence.
	 */
	static String face(double left, double top, double width, double height, double confidence, Boolean smile,
			Object... emotions) {
		return """
				{"BoundingBox":{"Width":%s,"Height":%s,"Left":%s,"Top":%s},
				 "AgeRange":{"Low":25,"High":35},%s
				 "Eyeglasses":{"Value":false,"Confidence":99.1},
				 "Sunglasses":{"Value":false,"Confidence":99.9},
				 "Gender":{"Value":"Female","Confidence":99.2},
				 "Beard":{"Value":false,"Confidence":97.3},
				 "Mustache":{"Value":false,"Confidence":98.8},
				 "EyesOpen":{"Value":true,"Confidence":98.0},
				 "MouthOpen":{"Value":true,"Confidence":80.0},
				 "Emotions":[%s],
				 "Landmarks":[{"Type":"eyeLeft","X":0.15,"Y":0.3},{"Type":"eyeRight","X":0.25,"Y":0.3}],
				 "Pose":{"Roll":1.2,"Yaw":-3.4,"Pitch":5.6},
				 "Quality":{"Brightness":80.1,"Sharpness":92.3},
				 "Confidence":%s,
				 "FaceOccluded":{"Value":false,"Confidence":99.0},
				 "EyeDirection":{"Yaw":1.0,"Pitch":2.0,"Confidence":99.0}}""".formatted(num(width), num(height),
				num(left), num(top), smile(smile), emotions(emotions), num(confidence));
	}

	private static String smile(Boolean smile) {
		return (smile != null) ? "\n \"Smile\":{\"Value\":" + smile + ",\"Confidence\":97.5}," : "";
	}

	private static String emotions(Object... emotions) {
		List<String> items = new ArrayList<>();
		for (int i = 0; i < emotions.length; i += 2) {
			double confidence = ((Number) emotions[i + 1]).doubleValue();
			items.add("{\"Type\":\"" + emotions[i] + "\",\"Confidence\":" + num(confidence) + "}");
		}
		return String.join(",", items);
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%s", value);
	}

}
