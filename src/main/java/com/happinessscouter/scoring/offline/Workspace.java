package com.happinessscouter.scoring.offline;

import java.util.Arrays;

/**
 * The buffers of one network pass, handed out again to the next pass on the same thread.
 * A pass asks for its buffers in the same order and sizes every time (each network's
 * input has a fixed size), so from the second pass on a thread the networks allocate no
 * feature maps: {@code bench/analyzer.sh} prints what a photo still allocates. Holds the
 * buffers of one pass (a few MB) per analysing thread and network. Not thread-safe: one
 * per thread and network ({@link PerThread}).
 */
final class Workspace {

	private float[][] buffers = new float[8][];

	private int next;

	/** Starts a pass: every buffer handed out before may be handed out again. */
	Workspace reset() {
		this.next = 0;
		return this;
	}

	/** A buffer of at least {@code length} floats, holding whatever it held. */
	float[] floats(int length) {
		if (this.next == this.buffers.length) {
			this.buffers = Arrays.copyOf(this.buffers, 2 * this.buffers.length);
		}
		float[] buffer = this.buffers[this.next];
		if (buffer == null || buffer.length < length) {
			buffer = new float[length];
			this.buffers[this.next] = buffer;
		}
		this.next++;
		return buffer;
	}

	/** A buffer of at least {@code length} floats, the first {@code length} zero. */
	float[] zeroed(int length) {
		float[] buffer = floats(length);
		Arrays.fill(buffer, 0, length, 0f);
		return buffer;
	}

	/** A feature map whose values are to be written. */
	FeatureMap map(int height, int width, int channels) {
		return new FeatureMap(height, width, channels, floats(height * width * channels));
	}

	/** A feature map of zeros. */
	FeatureMap zeroedMap(int height, int width, int channels) {
		return new FeatureMap(height, width, channels, zeroed(height * width * channels));
	}

	/** A copy of {@code map}. */
	FeatureMap copy(FeatureMap map) {
		FeatureMap copy = map(map.height, map.width, map.channels);
		System.arraycopy(map.data, 0, copy.data, 0, map.size());
		return copy;
	}

	/** Each thread's workspace for one network. */
	static final class PerThread {

		private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

		/** This thread's workspace, reset for a new pass. */
		Workspace start() {
			return this.workspaces.get().reset();
		}

	}

}
