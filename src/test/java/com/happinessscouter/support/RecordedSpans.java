package com.happinessscouter.support;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import org.springframework.boot.test.context.TestComponent;

/** Keeps the last spans the app exported, for tests of its traces. */
@TestComponent
public class RecordedSpans implements SpanExporter {

	private static final int KEPT = 20_000;

	private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

	@Override
	public CompletableResultCode export(Collection<SpanData> batch) {
		this.spans.addAll(batch);
		while (this.spans.size() > KEPT) {
			this.spans.pollFirst();
		}
		return CompletableResultCode.ofSuccess();
	}

	public List<SpanData> all() {
		return List.copyOf(this.spans);
	}

	@Override
	public CompletableResultCode flush() {
		return CompletableResultCode.ofSuccess();
	}

	@Override
	public CompletableResultCode shutdown() {
		return CompletableResultCode.ofSuccess();
	}

}
