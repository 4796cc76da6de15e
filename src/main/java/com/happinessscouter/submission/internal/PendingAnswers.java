package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.line.Delivery;
import com.happinessscouter.submission.PhotoKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.stereotype.Component;

/**
 * Results that wait for the guest's next message, recorded on the photo
 * ({@code answeredVia = PENDING}, as {@code HELD} was before) so any instance can deliver
 * them. Before one is sent it is claimed with a conditional write ({@code pendingClaim},
 * which lapses after {@link #CLAIM_KEPT} should its instance die), so two instances never
 * send it twice; a failed send releases the claim. The number waiting overall is a
 * counter kept at write time ({@code PENDING_ANSWERS}): one read for the dashboard.
 */
@Component
public class PendingAnswers {

	/** A claim not settled within this is free again. */
	static final Duration CLAIM_KEPT = Duration.ofMinutes(2);

	private static final String WAITING = "answeredVia IN (:pending, :held)";

	private final SingleTable single;

	private final Clock clock;

	PendingAnswers(SingleTable single, Clock clock) {
		this.single = single;
		this.clock = clock;
	}

	/**
	 * Records that the photo's result waits; {@code false} when it was answered before.
	 */
	public boolean markPending(PhotoKey key) {
		try {
			this.single.client()
				.updateItem((r) -> r.tableName(this.single.name())
					.key(key(key))
					.updateExpression("SET answeredVia = :pending, pendingSince = :now")
					.conditionExpression(
							"attribute_exists(pk) AND attribute_not_exists(answeredAt) AND attribute_not_exists(answeredVia)")
					.expressionAttributeValues(Map.of(":pending", Items.s(Delivery.PENDING.name()), ":now",
							Items.n(this.clock.millis()))));
		}
		catch (ConditionalCheckFailedException already) {
			return false;
		}
		count(1);
		return true;
	}

	/**
	 * Claims waiting results for sending under {@code claimId}.
	 * @return the ones claimed (another instance may have the rest)
	 */
	public List<PhotoKey> claim(List<PhotoKey> keys, String claimId) {
		long now = this.clock.millis();
		return keys.stream().filter((key) -> claimOne(key, claimId, now)).toList();
	}

	/** A new claim id. */
	public static String newClaim() {
		return UUID.randomUUID().toString();
	}

	private boolean claimOne(PhotoKey key, String claimId, long now) {
		Map<String, AttributeValue> values = new HashMap<>(waitingValues());
		values.put(":claim", Items.s(claimId));
		values.put(":now", Items.n(now));
		values.put(":until", Items.n(now + CLAIM_KEPT.toMillis()));
		try {
			this.single.client()
				.updateItem((r) -> r.tableName(this.single.name())
					.key(key(key))
					.updateExpression("SET pendingClaim = :claim, pendingClaimUntil = :until")
					.conditionExpression("(" + WAITING + ") AND (attribute_not_exists(pendingClaim)"
							+ " OR pendingClaimUntil < :now)")
					.expressionAttributeValues(values));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	/** The claimed results went out {@code via}: recorded as answered. */
	public void delivered(List<PhotoKey> claimed, String claimId, Delivery via) {
		for (PhotoKey key : claimed) {
			Map<String, AttributeValue> before = settle(key, claimId,
					"SET answeredAt = :now, answeredVia = :via REMOVE pendingClaim, pendingClaimUntil, pendingSince",
					Map.of(":claim", Items.s(claimId), ":now", Items.n(this.clock.millis()), ":via",
							Items.s(via.name())));
			if (before != null && Delivery.PENDING.name().equals(Items.text(before, "answeredVia"))) {
				count(-1); // an older HELD was never counted
			}
		}
	}

	/** Sending the claimed results failed: they wait again. */
	public void release(List<PhotoKey> claimed, String claimId) {
		for (PhotoKey key : claimed) {
			settle(key, claimId, "REMOVE pendingClaim, pendingClaimUntil", Map.of(":claim", Items.s(claimId)));
		}
	}

	/** Results waiting overall: one read of the counter. */
	public long count() {
		Map<String, AttributeValue> item = this.single.client()
			.getItem((r) -> r.tableName(this.single.name()).key(KeySpace.PENDING_ANSWERS.key()))
			.item();
		return (item == null || item.isEmpty()) ? 0 : Math.max(0, Items.num(item, "count"));
	}

	/** The guest's photos no longer wait (deleted): the counter forgets them. */
	public void forget(int waiting) {
		if (waiting > 0) {
			count(-waiting);
		}
	}

	/**
	 * @return the attributes it changed as they were, or {@code null} when the claim
	 * lapsed
	 */
	private Map<String, AttributeValue> settle(PhotoKey key, String claimId, String update,
			Map<String, AttributeValue> values) {
		try {
			return this.single.client()
				.updateItem((r) -> r.tableName(this.single.name())
					.key(key(key))
					.updateExpression(update)
					.conditionExpression("pendingClaim = :claim")
					.expressionAttributeValues(values)
					.returnValues(ReturnValue.UPDATED_OLD))
				.attributes();
		}
		catch (ConditionalCheckFailedException lapsed) {
			return null;
		}
	}

	private void count(long delta) {
		this.single.client()
			.updateItem((r) -> r.tableName(this.single.name())
				.key(KeySpace.PENDING_ANSWERS.key())
				.updateExpression("ADD #count :delta")
				.expressionAttributeNames(Map.of("#count", "count"))
				.expressionAttributeValues(Map.of(":delta", Items.n(delta))));
	}

	private static Map<String, AttributeValue> waitingValues() {
		return Map.of(":pending", Items.s(Delivery.PENDING.name()), ":held", Items.s("HELD"));
	}

	private static Map<String, AttributeValue> key(PhotoKey key) {
		return Items.key(KeySpace.PHOTO.pk(key.userId()), KeySpace.PHOTO.sk(key.imageId()));
	}

}
