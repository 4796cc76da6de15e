package com.happinessscouter.scoring.rekognition;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.Attribute;
import software.amazon.awssdk.services.rekognition.model.DetectFacesRequest;
import software.amazon.awssdk.services.rekognition.model.DetectFacesResponse;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.FaceAnalyzer;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.ImageSize;
import com.happinessscouter.scoring.PhotoToAnalyze;

/**
 * {@link FaceAnalyzer} backed by Amazon Rekognition DetectFaces (Attributes ALL), reading
 * the photo from its S3 object, never sending the bytes.
 * <ul>
 * <li>Every detected face is mapped (see {@link FaceDetailMapper}); none is
 * {@link Analysis.NoFace}.</li>
 * <li>Image size: DetectFaces does not return it, so it is read from the JPEG/PNG header
 * in {@link PhotoToAnalyze#bytes()} ({@link Images#inspect}), turned upright for a JPEG's
 * EXIF orientations 5-8 (Rekognition's boxes are relative to the upright image; it does
 * not turn PNGs). Rule when the header cannot be read (bytes null, or a JPEG without a
 * frame header): size {@code 0x0} and every box coordinate 0 ("unknown").</li>
 * <li>Checks before paying for a call, when bytes are present: over 15 MiB or over the
 * pixel budget ({@code app.images.max-pixels}) is {@code IMAGE_TOO_LARGE}, not JPEG/PNG
 * is {@code UNREADABLE_IMAGE}, under 80 px a side is {@code IMAGE_TOO_SMALL}.</li>
 * <li>Calls are paced by a process-wide limiter ({@link RekognitionSettings#maxTps()},
 * retries included) and retried with exponential backoff and jitter on throttling,
 * provisioned throughput, 5xx and network/timeout errors; see {@link RekognitionErrors}
 * for the answers.</li>
 * </ul>
 * Build the client with the SDK's own retries off, e.g.
 * {@code overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
 * .apiCallAttemptTimeout(Duration.ofSeconds(10)))}: otherwise each attempt here becomes
 * up to three SDK attempts that bypass the limiter. Thread-safe; {@link #analyze} never
 * throws.
 */
public final class RekognitionFaceAnalyzer implements FaceAnalyzer {

	/** DetectFaces' limit for an image in S3 (MiB, the lenient reading of "15 MB"). */
	static final long MAX_IMAGE_BYTES = 15L * 1024 * 1024;

	/** DetectFaces' minimum for each side. */
	static final int MIN_IMAGE_SIDE = 80;

	/** No backoff waits longer than this, however many retries. */
	public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private static final ImageSize UNKNOWN_SIZE = new ImageSize(0, 0);

	private final RekognitionClient client;

	private final RekognitionSettings settings;

	private final TimeSource time;

	private final RateLimiter limiter;

	private final Images images;

	public RekognitionFaceAnalyzer(RekognitionClient client, RekognitionSettings settings, Images images) {
		this(client, settings, images, TimeSource.system());
	}

	public RekognitionFaceAnalyzer(RekognitionClient client, RekognitionSettings settings, Images images,
			TimeSource time) {
		this.client = Objects.requireNonNull(client, "client");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.images = Objects.requireNonNull(images, "images");
		this.time = Objects.requireNonNull(time, "time");
		this.limiter = new RateLimiter(settings.maxTps(), time);
	}

	@Override
	public Analysis analyze(PhotoToAnalyze photo) {
		try {
			return analyzeOrFail(photo);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Analysis.Failed(FailureReason.SERVICE_UNAVAILABLE, "interrupted while waiting for Rekognition");
		}
		catch (RuntimeException ex) {
			return new Analysis.Failed(FailureReason.SERVICE_UNAVAILABLE, "unexpected error: " + ex);
		}
	}

	private Analysis analyzeOrFail(PhotoToAnalyze photo) throws InterruptedException {
		Optional<Analysis.Failed> rejected = precheck(photo);
		if (rejected.isPresent()) {
			return rejected.get();
		}
		Optional<ImageHeader> header;
		try {
			header = header(photo.bytes());
		}
		catch (ImageRejectedException ex) {
			return rejected(ex);
		}
		if (header.isPresent() && Math.min(header.get().width(), header.get().height()) < MIN_IMAGE_SIDE) {
			return new Analysis.Failed(FailureReason.IMAGE_TOO_SMALL,
					header.get().width() + "x" + header.get().height() + " px, under " + MIN_IMAGE_SIDE);
		}
		DetectFacesResponse response;
		try {
			response = detectWithRetries(request(photo));
		}
		catch (SdkException ex) {
			return RekognitionErrors.toFailed(ex, this.settings.maxRetries() + 1);
		}
		ImageSize size = header.map(RekognitionFaceAnalyzer::sizeOfBoxes).orElse(UNKNOWN_SIZE);
		if (!response.hasFaceDetails() || response.faceDetails().isEmpty()) {
			return new Analysis.NoFace(size);
		}
		List<Face> faces = response.faceDetails().stream().map((d) -> FaceDetailMapper.toFace(d, size)).toList();
		return new Analysis.Faces(size, faces);
	}

	/**
	 * The header; empty without bytes, or when it is cut short or broken (Rekognition may
	 * still read the image).
	 * @throws ImageRejectedException not a JPEG or PNG, or over the pixel budget
	 */
	private Optional<ImageHeader> header(byte[] bytes) throws ImageRejectedException {
		if (bytes == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.images.inspect(bytes));
		}
		catch (ImageRejectedException ex) {
			return switch (ex.reason()) {
				case UNSUPPORTED_FORMAT, TOO_MANY_PIXELS -> throw ex;
				case TRUNCATED, CORRUPT -> Optional.empty();
			};
		}
	}

	private static Analysis.Failed rejected(ImageRejectedException ex) {
		return switch (ex.reason()) {
			case TOO_MANY_PIXELS -> new Analysis.Failed(FailureReason.IMAGE_TOO_LARGE, ex.getMessage());
			case UNSUPPORTED_FORMAT, TRUNCATED, CORRUPT ->
				new Analysis.Failed(FailureReason.UNREADABLE_IMAGE, ex.getMessage());
		};
	}

	/**
	 * The size Rekognition's boxes are relative to: upright for a JPEG's EXIF
	 * orientation, as stored for a PNG.
	 */
	private static ImageSize sizeOfBoxes(ImageHeader header) {
		return (header.format() == ImageFormat.JPEG) ? new ImageSize(header.uprightWidth(), header.uprightHeight())
				: new ImageSize(header.width(), header.height());
	}

	private static Optional<Analysis.Failed> precheck(PhotoToAnalyze photo) {
		if (isBlank(photo.bucket()) || isBlank(photo.key())) {
			return failed(FailureReason.SERVICE_UNAVAILABLE, "photo has no S3 bucket/key");
		}
		if (photo.bytes() != null && photo.bytes().length > MAX_IMAGE_BYTES) {
			return failed(FailureReason.IMAGE_TOO_LARGE, photo.bytes().length + " bytes, over " + MAX_IMAGE_BYTES);
		}
		return Optional.empty();
	}

	private static DetectFacesRequest request(PhotoToAnalyze photo) {
		return DetectFacesRequest.builder()
			.image((image) -> image.s3Object((s3) -> s3.bucket(photo.bucket()).name(photo.key())))
			.attributes(Attribute.ALL)
			.build();
	}

	/**
	 * Calls DetectFaces; throws the last error when it is final or the retries are spent.
	 */
	private DetectFacesResponse detectWithRetries(DetectFacesRequest request) throws InterruptedException {
		for (int retry = 0;; retry++) {
			this.limiter.acquire();
			try {
				return this.client.detectFaces(request);
			}
			catch (SdkException ex) {
				if (retry >= this.settings.maxRetries() || !RekognitionErrors.isRetryable(ex)) {
					throw ex;
				}
			}
			this.time.sleep(backoff(retry));
		}
	}

	/** base x 2^retry capped at {@link #MAX_BACKOFF}; half of it fixed, half random. */
	Duration backoff(int retry) {
		double exponential = this.settings.baseBackoff().toNanos() * Math.pow(2, retry);
		long ceiling = (long) Math.min(MAX_BACKOFF.toNanos(), exponential);
		long half = ceiling / 2;
		return Duration.ofNanos(ceiling - half + ThreadLocalRandom.current().nextLong(half + 1));
	}

	private static Optional<Analysis.Failed> failed(FailureReason reason, String detail) {
		return Optional.of(new Analysis.Failed(reason, detail));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
