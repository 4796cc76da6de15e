package com.happinessscouter.scoring.offline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which kernels the convolutions run on: the Vector API's ({@link VectorKernels}) when
 * the JVM was started with {@code --add-modules jdk.incubator.vector}, plain loops
 * ({@link ScalarKernels}) otherwise. Both give the same results within float rounding
 * (the vector kernels use fused multiply-adds). Decided and logged once.
 */
final class Simd {

	static final String MODULE = "jdk.incubator.vector";

	/** Whether the vector kernels run. */
	static final boolean ENABLED = ModuleLayer.boot().findModule(MODULE).isPresent();

	private static final Logger log = LoggerFactory.getLogger(Simd.class);

	static {
		if (ENABLED) {
			log.info("Offline face analyzer: SIMD kernels ({}-bit vectors, {})", VectorKernels.bits(), MODULE);
		}
		else {
			log.info("Offline face analyzer: scalar kernels (start the JVM with --add-modules {} for the SIMD ones)",
					MODULE);
		}
	}

	private Simd() {
	}

}
