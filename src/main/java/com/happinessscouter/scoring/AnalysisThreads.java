package com.happinessscouter.scoring;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that analyse photos: {@code app.scoring.max-concurrent} of them, each at
 * the CPU priority {@code app.scoring.analysis-priority} (by default Linux's
 * {@code SCHED_IDLE}). The offline model keeps cores busy for seconds per photo; at a
 * lower priority it still gets every idle cycle, but the webhook's acknowledgement (and
 * the database it waits on) comes first, so LINE gets its 200 in milliseconds during a
 * burst.
 */
@Component
class AnalysisThreads implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(AnalysisThreads.class);

	private final ExecutorService pool;

	private final AnalysisPriority priority;

	private final AtomicBoolean reported = new AtomicBoolean();

	AnalysisThreads(ScoringProperties properties) {
		this.priority = properties.scoring().analysisPriority();
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor threads = new ThreadPoolExecutor(properties.maxConcurrent(), properties.maxConcurrent(), 0,
				TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(() -> {
						lowerPriority();
						task.run();
					}, "analysis-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		// started now, from the start-up thread: a thread inherits its starter's
		// priority,
		// and the event workers that submit analyses run lower than normal
		threads.prestartAllCoreThreads();
		this.pool = threads;
	}

	private void lowerPriority() {
		boolean lowered = BackgroundPriority.lowerCurrentThread(this.priority);
		if (this.priority != AnalysisPriority.NORMAL && this.reported.compareAndSet(false, true)) {
			if (lowered) {
				logger.info("Photo analyses run at {} priority: webhook acknowledgements come first", this.priority);
			}
			else {
				logger.warn("Could not lower the analysis threads' priority to {} (Linux only, needs "
						+ "--enable-native-access=ALL-UNNAMED): analyses share the CPU equally with the webhook",
						this.priority);
			}
		}
	}

	/** Runs {@code work} on an analysis thread and waits for its result. */
	<T> T run(Callable<T> work) {
		Future<T> result = this.pool.submit(work);
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return result.get();
				}
				catch (InterruptedException ex) {
					// the analysis is already running: wait for it, keep the interrupt
					interrupted = true;
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
