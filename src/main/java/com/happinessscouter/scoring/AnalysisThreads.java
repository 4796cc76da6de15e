package com.happinessscouter.scoring;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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

	private final ExecutorService pool;

	AnalysisThreads(ScoringProperties properties) {
		AnalysisPriority priority = properties.scoring().analysisPriority();
		ThreadPoolExecutor threads = new ThreadPoolExecutor(properties.maxConcurrent(), properties.maxConcurrent(), 0,
				TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				new LoweredThreads("analysis", true, priority.toString(), (priority != AnalysisPriority.NORMAL)
						? () -> BackgroundPriority.lowerCurrentThread(priority) : null));
		// started now, from the start-up thread, not on an event worker's path
		threads.prestartAllCoreThreads();
		this.pool = threads;
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
