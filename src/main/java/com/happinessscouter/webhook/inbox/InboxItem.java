package com.happinessscouter.webhook.inbox;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * One webhook event as stored: {@code pk = EVENT#<webhookEventId>}, {@code sk = EVENT}.
 * While it needs work it sits in the work index under {@code gsi1pk = INBOX} with
 * {@code gsi1sk} = when it is next due; once done, both are removed, and so is the
 * payload (the raw event, chat text included): a finished event keeps only what
 * recognises a redelivery. Mutable for the enhanced client; never leaves the inbox
 * package.
 */
@DynamoDbBean
public class InboxItem {

	private String pk;

	private String sk;

	private String gsi1pk;

	private String gsi1sk;

	private String eventId;

	private String eventType;

	private String payload;

	private String userId;

	private Long receivedAt;

	private InboxState state;

	private Integer attempts;

	private String lastError;

	private Long expiresAt;

	@DynamoDbPartitionKey
	public String getPk() {
		return this.pk;
	}

	public void setPk(String pk) {
		this.pk = pk;
	}

	@DynamoDbSortKey
	public String getSk() {
		return this.sk;
	}

	public void setSk(String sk) {
		this.sk = sk;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = "gsi1")
	public String getGsi1pk() {
		return this.gsi1pk;
	}

	public void setGsi1pk(String gsi1pk) {
		this.gsi1pk = gsi1pk;
	}

	@DynamoDbSecondarySortKey(indexNames = "gsi1")
	public String getGsi1sk() {
		return this.gsi1sk;
	}

	public void setGsi1sk(String gsi1sk) {
		this.gsi1sk = gsi1sk;
	}

	public String getEventId() {
		return this.eventId;
	}

	public void setEventId(String eventId) {
		this.eventId = eventId;
	}

	public String getEventType() {
		return this.eventType;
	}

	public void setEventType(String eventType) {
		this.eventType = eventType;
	}

	public String getPayload() {
		return this.payload;
	}

	public void setPayload(String payload) {
		this.payload = payload;
	}

	/** Whose event it is (the guest's user id as the event's context gives it). */
	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public Long getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(Long receivedAt) {
		this.receivedAt = receivedAt;
	}

	public InboxState getState() {
		return this.state;
	}

	public void setState(InboxState state) {
		this.state = state;
	}

	public Integer getAttempts() {
		return this.attempts;
	}

	public void setAttempts(Integer attempts) {
		this.attempts = attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public void setLastError(String lastError) {
		this.lastError = lastError;
	}

	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
