package com.happinessscouter.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;

/** What {@link PhotoLoad}'s burst got: answers, ack times and the time to each answer. */
final class BurstReport {

	private BurstReport() {
	}

	static long answered(SimulatorLedger ledger, List<SimulatedGuest> people) {
		return people.stream().mapToLong((guest) -> ledger.botMessages(guest.userId()).size()).sum();
	}

	static void report(SimulatorLedger ledger, List<SimulatedGuest> people, int photos,
			Map<String, ConcurrentLinkedQueue<Instant>> sentAt, ConcurrentLinkedQueue<AckBreakdown.Ack> acks,
			AtomicLong errors, double sendSeconds, double allSeconds) {
		long[] ack = durations(acks);
		long exactlyRight = people.stream()
			.filter((guest) -> ledger.botMessages(guest.userId()).size() == photos)
			.count();
		long[] answer = answerTimes(ledger, people, sentAt).stream()
			.mapToLong((sent) -> sent.getValue().toNanos())
			.sorted()
			.toArray();
		long total = answered(ledger, people);
		System.out.printf(
				"photos sent %d in %.1f s (webhook errors %d); answered %d of %d; guests answered exactly"
						+ " once per photo: %d of %d; all answered after %.1f s%n",
				sentAt.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum(), sendSeconds, errors.get(), total,
				people.size() * photos, exactlyRight, people.size(), allSeconds);
		System.out.printf("ack latency ms: p50=%.1f p99=%.1f max=%.1f%n", WebhookLoad.percentile(ack, 50),
				WebhookLoad.percentile(ack, 99), WebhookLoad.percentile(ack, 100));
		System.out.printf("photo-to-answer s: p50=%.1f p99=%.1f max=%.1f%n", WebhookLoad.percentile(answer, 50) / 1000,
				WebhookLoad.percentile(answer, 99) / 1000, WebhookLoad.percentile(answer, 100) / 1000);
	}

	/**
	 * Each answered photo's send time and time to its answer, in send order (a guest's
	 * n-th answer belongs to their n-th photo).
	 */
	static List<Map.Entry<Instant, Duration>> answerTimes(SimulatorLedger ledger, List<SimulatedGuest> people,
			Map<String, ConcurrentLinkedQueue<Instant>> sentAt) {
		List<Map.Entry<Instant, Duration>> times = new ArrayList<>();
		for (SimulatedGuest guest : people) {
			List<Instant> sent = sentAt.getOrDefault(guest.userId(), new ConcurrentLinkedQueue<>())
				.stream()
				.sorted()
				.toList();
			List<Instant> answeredAt = ledger.botMessages(guest.userId()).stream().map(ChatEntry::at).sorted().toList();
			for (int i = 0; i < Math.min(sent.size(), answeredAt.size()); i++) {
				times.add(Map.entry(sent.get(i), Duration.between(sent.get(i), answeredAt.get(i))));
			}
		}
		times.sort(Map.Entry.comparingByKey());
		return times;
	}

	/** The ack times (nanoseconds) of {@code acks}, sorted. */
	static long[] durations(ConcurrentLinkedQueue<AckBreakdown.Ack> acks) {
		return acks.stream().mapToLong(AckBreakdown.Ack::nanos).sorted().toArray();
	}

}
