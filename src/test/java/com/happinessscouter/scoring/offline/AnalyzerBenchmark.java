package com.happinessscouter.scoring.offline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.PhotoToAnalyze;
import com.happinessscouter.support.PhotoCopies;

/**
 * Offline analyzer benchmark (prints figures; not a test): per-photo latency p50/p95 for
 * a 1-face 512 px photo, a 5-face 1920 px photo and a 12 MP photo, single-threaded and on
 * two threads, plus the peak heap. Run by {@code bench/analyzer.sh} (with
 * {@code -Xmx256m}).
 */
public final class AnalyzerBenchmark {

	private static final int WARM_UP = 5;

	private static final int RUNS = 30;

	private static final AtomicLong PEAK_HEAP = new AtomicLong();

	private AnalyzerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Thread sampler = Thread.ofPlatform().daemon().start(AnalyzerBenchmark::sampleHeap);
		OfflineFaceAnalyzer analyzer = new OfflineFaceAnalyzer(OfflineAnalyzerSettings.defaults(), TestPhotos.IMAGES);
		Map<String, byte[]> photos = new LinkedHashMap<>();
		photos.put("1 face, 512x512", TestPhotos.bytes(TestPhotos.GRACE_HOPPER));
		photos.put("5 faces, 1920x1080", TestPhotos.encode(fiveFaces(), "jpg"));
		photos.put("12 MP, 4000x3000",
				TestPhotos.encode(PhotoCopies.scale(TestPhotos.image(TestPhotos.SAMPLE3), 4000, 3000), "jpg"));
		System.out.printf("Offline analyzer, %d runs after %d warm-up, max heap %d MB, %d cores%n", RUNS, WARM_UP,
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		System.out.printf("%-20s %-8s %6s %9s %9s %8s%n", "photo", "threads", "faces", "p50 ms", "p95 ms", "photo/s");
		for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
			PhotoToAnalyze input = new PhotoToAnalyze(photo.getValue(), "bench", "bench");
			int faces = faces(analyzer.analyze(input));
			for (int i = 0; i < WARM_UP; i++) {
				analyzer.analyze(input);
			}
			for (int threads : new int[] { 1, 2 }) {
				Latencies latencies = Latencies.measure(() -> analyzer.analyze(input), threads, RUNS);
				System.out.printf("%-20s %-8d %6d %9.1f %9.1f %8.1f%n", photo.getKey(), threads, faces,
						latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.perSecond());
			}
		}
		sampler.interrupt();
		System.out.printf("peak heap used: %d MB (sampled every 5 ms)%n", PEAK_HEAP.get() >> 20);
		printAllocations(analyzer, photos);
	}

	/**
	 * Heap allocated on the analysing thread per photo, after the warm-up: the whole
	 * analysis, and the networks alone from the decoded pixels (the hot path).
	 */
	private static void printAllocations(OfflineFaceAnalyzer analyzer, Map<String, byte[]> photos)
			throws PhotoRejectedException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		PixelAnalysis networks = new PixelAnalysis(OfflineAnalyzerSettings.defaults());
		System.out
			.println("allocated per photo (1 thread, after warm-up): whole analysis / networks from decoded pixels");
		for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
			PhotoToAnalyze input = new PhotoToAnalyze(photo.getValue(), "bench", "bench");
			RgbImage pixels = new PhotoDecoder(TestPhotos.IMAGES).decode(photo.getValue()).image();
			networks.analyze(pixels);
			long before = threads.getCurrentThreadAllocatedBytes();
			analyzer.analyze(input);
			long whole = threads.getCurrentThreadAllocatedBytes() - before;
			before = threads.getCurrentThreadAllocatedBytes();
			networks.analyze(pixels);
			long hot = threads.getCurrentThreadAllocatedBytes() - before;
			System.out.printf("  %-20s %10.1f KB / %8.1f KB%n", photo.getKey(), whole / 1024.0, hot / 1024.0);
		}
	}

	private static void sampleHeap() {
		while (!Thread.currentThread().isInterrupted()) {
			long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			PEAK_HEAP.accumulateAndGet(used, Math::max);
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static int faces(Analysis analysis) {
		return (analysis instanceof Analysis.Faces found) ? found.faces().size() : 0;
	}

	/** Five guests side by side, faces about 250 px wide, on a 1920x1080 photo. */
	static BufferedImage fiveFaces() {
		BufferedImage out = new BufferedImage(1920, 1080, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = out.createGraphics();
		graphics.setColor(new Color(200, 190, 170));
		graphics.fillRect(0, 0, 1920, 1080);
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		BufferedImage grace = TestPhotos.image(TestPhotos.GRACE_HOPPER);
		BufferedImage sample3 = TestPhotos.image(TestPhotos.SAMPLE3);
		for (int n = 0; n < 5; n++) {
			CrowdPhotoTest.SourceFace face = CrowdPhotoTest.SOURCES.get(n % CrowdPhotoTest.SOURCES.size());
			BufferedImage image = face.photo().equals(TestPhotos.GRACE_HOPPER) ? grace : sample3;
			face.drawAround(graphics, image, 250 / face.width(), 192 + n * 384, 540, n % 2 == 1);
		}
		graphics.dispose();
		return out;
	}

}
