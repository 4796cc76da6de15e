package com.happinessscouter.line;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;

import org.springframework.stereotype.Component;

/**
 * Runs LINE SDK calls: waits with a deadline, retries 5xx and timeouts with backoff (3
 * attempts, 200 ms doubling), records the outcome for the health check and a span for the
 * trace.
 */
@Component
class LineCalls {

	private final Duration timeout;

	private final int attempts;

	private final Duration backoff;

	private final LineHealth health;

	private final ObservationRegistry observations;

	private final MeterRegistry meters;

	LineCalls(LineProperties line, LineHealth health, ObservationRegistry observations, MeterRegistry meters) {
		this.health = health;
		this.observations = observations;
		this.meters = meters;
		this.timeout = line.timeout();
		this.attempts = 3;
		this.backoff = Duration.ofMillis(200);
	}

	/** One span per call, retries included. */
	<T> T call(String what, Supplier<CompletableFuture<Result<T>>> request) {
		return Observation.createNotStarted("app.span.line", this.observations)
			.contextualName("LINE " + what)
			.lowCardinalityKeyValue("line.call", what)
			.observe(() -> attempt(what, request));
	}

	private <T> T attempt(String what, Supplier<CompletableFuture<Result<T>>> request) {
		LineApiException last = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				T answer = await(what, request.get());
				answered(what, 200);
				return answer;
			}
			catch (LineApiException ex) {
				answered(what, ex.status());
				if (!ex.retryable()) {
					throw ex;
				}
				last = ex;
				sleep(this.backoff.multipliedBy(1L << (attempt - 1)));
			}
		}
		throw last;
	}

	/**
	 * Every attempt's outcome: {@code app.line.calls{call, status}} with status
	 * {@code 2xx}, {@code 429}, {@code 4xx}, {@code 5xx} or {@code none} (no answer).
	 */
	private void answered(String what, int status) {
		this.health.answered(what, status);
		String outcome = (status == 0) ? "none" : (status == 429) ? "429" : (status / 100) + "xx";
		this.meters.counter("app.line.calls", "call", what, "status", outcome).increment();
	}

	private <T> T await(String what, CompletableFuture<Result<T>> future) {
		try {
			return future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).body();
		}
		catch (ExecutionException ex) {
			throw translate(what, ex.getCause());
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new LineApiException(0, what + ": no answer within " + this.timeout, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LineApiException(0, what + ": interrupted", ex);
		}
	}

	private static LineApiException translate(String what, Throwable cause) {
		if (cause instanceof AbstractLineClientException api) {
			return new LineApiException(api.getCode(), what + ": HTTP " + api.getCode() + " " + api.getMessage(), api);
		}
		return new LineApiException(0, what + ": " + cause, cause);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
