package com.happinessscouter.scoring.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JVM side of {@code bench/reference-compare.sh} (prints progress; not a test):
 * decodes the photos of {@code bench/analyzer.sh} (the 1-face 512 px one and the 5-face
 * 1920 px one), writes their RGB pixels for face-api.js to read, and times
 * {@link PixelAnalysis} on them from the decoded pixels, on one thread and on two.
 * <p>
 * Arguments: the output folder, the timed runs per thread, the warm-up runs, the detector
 * input size. Writes {@code <id>.rgb} (width x height x 3 bytes, row by row),
 * {@code photos.json} (what the photos are, the settings) and {@code jvm.json} (the faces
 * found and the latencies).
 */
public final class ReferenceCompareBenchmark {

	private ReferenceCompareBenchmark() {
	}

	public static void main(String[] args) throws IOException, PhotoRejectedException {
		Path out = Files.createDirectories(Path.of(args[0]));
		int rounds = Integer.parseInt(args[1]);
		int warmUp = Integer.parseInt(args[2]);
		OfflineAnalyzerSettings settings = new OfflineAnalyzerSettings(Integer.parseInt(args[3]),
				OfflineAnalyzerSettings.DEFAULT_SCORE_THRESHOLD);
		PixelAnalysis analysis = new PixelAnalysis(settings);
		List<Map<String, Object>> photos = new ArrayList<>();
		List<Map<String, Object>> results = new ArrayList<>();
		for (BenchPhoto photo : BenchPhoto.values()) {
			RgbImage image = decode(photo.bytes());
			Files.write(out.resolve(photo.id + ".rgb"), image.rgb);
			photos.add(Map.of("id", photo.id, "label", photo.label, "width", image.width, "height", image.height));
			results.add(measure(analysis, photo, image, rounds, warmUp));
		}
		ObjectMapper json = new ObjectMapper();
		json.writerWithDefaultPrettyPrinter()
			.writeValue(out.resolve("photos.json").toFile(), Map.of("inputSize", settings.inputSize(), "scoreThreshold",
					settings.scoreThreshold(), "rounds", rounds, "warmUp", warmUp, "photos", photos));
		json.writerWithDefaultPrettyPrinter()
			.writeValue(out.resolve("jvm.json").toFile(),
					Map.of("side", "jvm", "runtime", runtime(), "photos", results));
	}

	private static Map<String, Object> measure(PixelAnalysis analysis, BenchPhoto photo, RgbImage image, int rounds,
			int warmUp) {
		List<PixelAnalysis.FoundFace> faces = analysis.analyze(image);
		for (int i = 0; i < warmUp; i++) {
			analysis.analyze(image);
		}
		Map<String, Object> threads = new LinkedHashMap<>();
		for (int count : new int[] { 1, 2 }) {
			Latencies latencies = Latencies.measure(() -> analysis.analyze(image), count, rounds);
			threads.put(String.valueOf(count),
					Map.of("p50", latencies.percentileMillis(50), "p95", latencies.percentileMillis(95), "perSecond",
							latencies.perSecond(), "runs", latencies.sortedNanos().length));
			System.err.printf("jvm: %s, %d thread(s): p50 %.1f ms%n", photo.label, count,
					latencies.percentileMillis(50));
		}
		return Map.of("id", photo.id, "faces", faces, "secondPass", analysis.tiles(image), "threads", threads);
	}

	private static RgbImage decode(byte[] bytes) throws PhotoRejectedException {
		DecodedPhoto decoded = new PhotoDecoder(TestPhotos.IMAGES).decode(bytes);
		if (decoded.subsampling() != 1) {
			throw new IllegalStateException("A benchmark photo was reduced while decoding");
		}
		return decoded.image();
	}

	private static String runtime() {
		return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), "
				+ Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MB; 2 threads = 2 threads of one JVM sharing the models";
	}

	/** The photos compared, those of {@code bench/analyzer.sh}. */
	private enum BenchPhoto {

		ONE_FACE("one-face", "1 face, 512x512"), FIVE_FACES("five-faces", "5 faces, 1920x1080");

		private final String id;

		private final String label;

		BenchPhoto(String id, String label) {
			this.id = id;
			this.label = label;
		}

		byte[] bytes() {
			return (this == ONE_FACE) ? TestPhotos.bytes(TestPhotos.GRACE_HOPPER)
					: TestPhotos.encode(AnalyzerBenchmark.fiveFaces(), "jpg");
		}

	}

}
