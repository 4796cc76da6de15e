package com.happinessscouter.scoring.rekognition;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.rekognition.model.ImageTooLargeException;
import software.amazon.awssdk.services.rekognition.model.InternalServerErrorException;
import software.amazon.awssdk.services.rekognition.model.InvalidImageFormatException;
import software.amazon.awssdk.services.rekognition.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.rekognition.model.ThrottlingException;

import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.FailureReason;

/** Which SDK errors are worth a retry, and what each one means for the guest. */
final class RekognitionErrors {

	private RekognitionErrors() {
	}

	/**
	 * Throttling, provisioned throughput, 5xx / 429, and client-side errors (I/O,
	 * timeouts).
	 */
	static boolean isRetryable(SdkException error) {
		if (error instanceof ThrottlingException || error instanceof ProvisionedThroughputExceededException
				|| error instanceof InternalServerErrorException) {
			return true;
		}
		if (error instanceof SdkServiceException service) {
			return service.statusCode() >= 500 || service.statusCode() == 429 || service.isThrottlingException();
		}
		return error instanceof SdkClientException;
	}

	/**
	 * The answer for an error that ended the analysis: bad format and too large are the
	 * photo's fault; everything else (access denied, missing S3 object, other 4xx,
	 * retries exhausted) is {@link FailureReason#SERVICE_UNAVAILABLE} with the cause in
	 * the detail.
	 */
	static Analysis.Failed toFailed(SdkException error, int attempts) {
		String detail = describe(error) + (isRetryable(error) ? " (gave up after " + attempts + " attempts)" : "");
		if (error instanceof InvalidImageFormatException) {
			return new Analysis.Failed(FailureReason.UNREADABLE_IMAGE, detail);
		}
		if (error instanceof ImageTooLargeException) {
			return new Analysis.Failed(FailureReason.IMAGE_TOO_LARGE, detail);
		}
		return new Analysis.Failed(FailureReason.SERVICE_UNAVAILABLE, detail);
	}

	private static String describe(SdkException error) {
		if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
			return "Rekognition " + service.awsErrorDetails().errorCode() + " (HTTP " + service.statusCode() + "): "
					+ service.awsErrorDetails().errorMessage();
		}
		return error.getClass().getSimpleName() + ": " + error.getMessage();
	}

}
