package com.happinessscouter.threads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.support.ThreadScheduling;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LoweredThreadsTest {

	@Test
	void workersLowerThemselvesToTheirNiceValueAndTheStarterKeepsItsOwn() throws Exception {
		assumeTrue(ThreadScheduling.linux());
		ThreadScheduling starter = ThreadScheduling.current();

		ThreadScheduling worker = onWorker(LoweredThreads.atNice("guest-event", false, starter.nice() + 5));

		assertThat(worker).isEqualTo(new ThreadScheduling(starter.policy(), starter.nice() + 5));
		assertThat(ThreadScheduling.current()).isEqualTo(starter);
	}

	@Test
	void niceZeroLeavesWorkersAtTheStartersPriority() throws Exception {
		assumeTrue(ThreadScheduling.linux());

		assertThat(onWorker(LoweredThreads.atNice("guest-event", false, 0))).isEqualTo(ThreadScheduling.current());
	}

	@Test
	void threadsAreNamedInOrderWithTheirDaemonFlag() throws Exception {
		LoweredThreads threads = LoweredThreads.atNice("guest-event", false, 0);

		Thread first = threads.newThread(() -> {
		});
		Thread second = threads.newThread(() -> {
		});

		assertThat(first.getName()).isEqualTo("guest-event-1");
		assertThat(second.getName()).isEqualTo("guest-event-2");
		assertThat(first.isDaemon()).isFalse();
		assertThat(LoweredThreads.atNice("analysis", true, 0).newThread(() -> {
		}).isDaemon()).isTrue();
	}

	private static ThreadScheduling onWorker(LoweredThreads threads) throws Exception {
		CompletableFuture<ThreadScheduling> seen = new CompletableFuture<>();
		Thread thread = threads.newThread(() -> {
			try {
				seen.complete(ThreadScheduling.current());
			}
			catch (Exception ex) {
				seen.completeExceptionally(ex);
			}
		});
		thread.start();
		return seen.get(10, TimeUnit.SECONDS);
	}

}
