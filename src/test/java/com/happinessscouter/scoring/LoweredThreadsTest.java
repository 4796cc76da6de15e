package com.happinessscouter.scoring;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.support.ThreadScheduling;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LoweredThreadsTest {

	@Test
	void threadsLowerThemselvesBeforeTheirFirstTaskAndTheStarterKeepsItsOwn() throws Exception {
		assumeTrue(ThreadScheduling.linux());
		ThreadScheduling starter = ThreadScheduling.current();
		int nice = starter.nice() + 5;

		ThreadScheduling worker = onWorker(
				new LoweredThreads("analysis", true, "nice " + nice, () -> ThreadPriority.setCurrentNice(nice)));

		assertThat(worker).isEqualTo(new ThreadScheduling(starter.policy(), nice));
		assertThat(ThreadScheduling.current()).isEqualTo(starter);
	}

	@Test
	void withoutALoweringThreadsKeepTheStartersPriority() throws Exception {
		assumeTrue(ThreadScheduling.linux());

		assertThat(onWorker(new LoweredThreads("analysis", true, "normal", null)))
			.isEqualTo(ThreadScheduling.current());
	}

	@Test
	void aLoweringThatDoesNotTakeStillRunsTheWork() throws Exception {
		CompletableFuture<String> ran = new CompletableFuture<>();

		new LoweredThreads("analysis", true, "refused", () -> false)
			.newThread(() -> ran.complete(Thread.currentThread().getName()))
			.start();

		assertThat(ran.get(10, TimeUnit.SECONDS)).isEqualTo("analysis-1");
	}

	@Test
	void threadsAreNamedInOrderWithTheirDaemonFlag() {
		LoweredThreads threads = new LoweredThreads("worker", false, "normal", null);

		Thread first = threads.newThread(() -> {
		});
		Thread second = threads.newThread(() -> {
		});

		assertThat(first.getName()).isEqualTo("worker-1");
		assertThat(second.getName()).isEqualTo("worker-2");
		assertThat(first.isDaemon()).isFalse();
		assertThat(new LoweredThreads("analysis", true, "normal", null).newThread(() -> {
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
