package com.happinessscouter.scoring.offline;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTest {

	@Test
	void aPassAfterReset_getsTheSameBuffersInTheSameOrder() {
		Workspace workspace = new Workspace();
		float[] first = workspace.floats(100);
		float[] second = workspace.floats(10);
		workspace.reset();
		assertThat(workspace.floats(100)).isSameAs(first);
		assertThat(workspace.floats(10)).isSameAs(second);
	}

	@Test
	void aBufferTooSmallForItsTurn_isReplacedByALargerOne() {
		Workspace workspace = new Workspace();
		float[] small = workspace.floats(10);
		workspace.reset();
		float[] larger = workspace.floats(20);
		assertThat(larger).isNotSameAs(small).hasSizeGreaterThanOrEqualTo(20);
		workspace.reset();
		assertThat(workspace.floats(5)).isSameAs(larger);
	}

	@Test
	void manyBuffersInOnePass_areAllDistinct() {
		Workspace workspace = new Workspace();
		float[][] buffers = new float[50][];
		for (int i = 0; i < buffers.length; i++) {
			buffers[i] = workspace.floats(1);
			buffers[i][0] = i;
		}
		for (int i = 0; i < buffers.length; i++) {
			assertThat(buffers[i][0]).isEqualTo(i);
		}
	}

	@Test
	void zeroedBuffersAndMaps_holdNoValuesOfAnEarlierPass() {
		Workspace workspace = new Workspace();
		Arrays.fill(workspace.floats(12), 7f);
		workspace.reset();
		FeatureMap map = workspace.zeroedMap(2, 2, 3);
		assertThat(map.size()).isEqualTo(12);
		for (int i = 0; i < map.size(); i++) {
			assertThat(map.data[i]).isZero();
		}
	}

	@Test
	void copy_holdsTheMapsValues() {
		Workspace workspace = new Workspace();
		FeatureMap map = workspace.map(1, 2, 2);
		for (int i = 0; i < 4; i++) {
			map.data[i] = i + 0.5f;
		}
		FeatureMap copy = workspace.copy(map);
		assertThat(copy.data).isNotSameAs(map.data);
		assertThat(Arrays.copyOf(copy.data, 4)).containsExactly(0.5f, 1.5f, 2.5f, 3.5f);
	}

	@Test
	void eachThread_hasItsOwnWorkspace() throws Exception {
		Workspace.PerThread workspaces = new Workspace.PerThread();
		Workspace here = workspaces.start();
		Workspace there = CompletableFuture.supplyAsync(workspaces::start, Thread::startVirtualThread).get();
		assertThat(there).isNotSameAs(here);
		assertThat(workspaces.start()).isSameAs(here);
	}

}
