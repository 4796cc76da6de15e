package com.happinessscouter.bench;

/**
 * Runs a benchmark's work and ends its JVM when the work is done, with status 1 if it
 * threw. The simulated LINE platform in the benchmark's JVM runs the app's LINE SDK
 * clients, whose OkHttp dispatcher threads are not daemons and sit behind the SDK's
 * builder: without this the JVM would stay up another 60 s after the last line.
 */
final class BenchMain {

	private BenchMain() {
	}

	static void run(Work work) {
		int status = 0;
		try {
			work.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.out.flush();
		System.exit(status);
	}

	/** A benchmark's main, without the exit. */
	@FunctionalInterface
	interface Work {

		void run() throws Exception;

	}

}
