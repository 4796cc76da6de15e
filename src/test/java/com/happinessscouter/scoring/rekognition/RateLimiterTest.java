package com.happinessscouter.scoring.rekognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

	@Test
	void spacesConsecutiveCalls_byOneOverTps() throws InterruptedException {
		FakeTime time = new FakeTime(true);
		RateLimiter limiter = new RateLimiter(5, time);

		for (int i = 0; i < 4; i++) {
			limiter.acquire();
		}

		Duration interval = Duration.ofMillis(200);
		assertThat(time.sleeps()).containsExactly(interval, interval, interval);
	}

	@Test
	void firstCall_andCallsAfterAPause_doNotWait() throws InterruptedException {
		FakeTime time = new FakeTime(true);
		RateLimiter limiter = new RateLimiter(2, time);

		limiter.acquire();
		time.advance(Duration.ofSeconds(10));
		limiter.acquire();
		limiter.acquire();

		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
	}

	@Test
	void partOfTheIntervalAlreadyPassed_waitsOnlyTheRest() throws InterruptedException {
		FakeTime time = new FakeTime(true);
		RateLimiter limiter = new RateLimiter(10, time);

		limiter.acquire();
		time.advance(Duration.ofMillis(30));
		limiter.acquire();

		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(70));
	}

	@Test
	void concurrentCallers_getDistinctSlots() throws Exception {
		FakeTime time = new FakeTime(false);
		RateLimiter limiter = new RateLimiter(4, time);
		int threads = 8;
		int callsPerThread = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < callsPerThread; i++) {
					limiter.acquire();
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();

		long[] waits = time.sleeps().stream().mapToLong(Duration::toMillis).sorted().toArray();
		long[] expected = LongStream.range(1, threads * callsPerThread).map((slot) -> slot * 250).toArray();
		assertThat(waits).containsExactly(expected);
	}

	@Test
	void rejectsNonPositiveRates() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, new FakeTime(true)));
	}

}
