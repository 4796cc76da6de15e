package com.happinessscouter.submission.internal;

import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.aws.SingleTable;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A photo's item in the one table: {@code pk} = LINE user id, {@code sk} = image id.
 * Mutable for the enhanced client; mapped to
 * {@link com.happinessscouter.submission.Photo} at the boundary.
 */
@DynamoDbBean
public class PhotoItem {

	private String pk;

	private String sk;

	private String itemType;

	private PhotoStatus status;

	private String problem;

	private OriginItem origin;

	private String s3Key;

	private String contentType;

	private Long sizeBytes;

	private String sha256;

	private String perceptualHash;

	private ScoreItem score;

	private Long createdAt;

	private Long answeredAt;

	private String answeredVia;

	private Long expiresAt;

	private Long pendingSince;

	private String pendingClaim;

	private Long pendingClaimUntil;

	private String eventId;

	private Boolean hidden;

	private String duplicateOf;

	private String gsi1pk;

	private String gsi1sk;

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

	public String getItemType() {
		return this.itemType;
	}

	public void setItemType(String itemType) {
		this.itemType = itemType;
	}

	public PhotoStatus getStatus() {
		return this.status;
	}

	public void setStatus(PhotoStatus status) {
		this.status = status;
	}

	public String getProblem() {
		return this.problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public OriginItem getOrigin() {
		return this.origin;
	}

	public void setOrigin(OriginItem origin) {
		this.origin = origin;
	}

	public String getS3Key() {
		return this.s3Key;
	}

	public void setS3Key(String s3Key) {
		this.s3Key = s3Key;
	}

	public String getContentType() {
		return this.contentType;
	}

	public void setContentType(String contentType) {
		this.contentType = contentType;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	public void setSizeBytes(Long sizeBytes) {
		this.sizeBytes = sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	/**
	 * The 64-bit perceptual hash in hex when one was computed (in an event), so that its
	 * blocks can be deleted with the photo.
	 */
	public String getPerceptualHash() {
		return this.perceptualHash;
	}

	public void setPerceptualHash(String perceptualHash) {
		this.perceptualHash = perceptualHash;
	}

	public ScoreItem getScore() {
		return this.score;
	}

	public void setScore(ScoreItem score) {
		this.score = score;
	}

	public Long getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Long createdAt) {
		this.createdAt = createdAt;
	}

	public Long getAnsweredAt() {
		return this.answeredAt;
	}

	public void setAnsweredAt(Long answeredAt) {
		this.answeredAt = answeredAt;
	}

	public String getAnsweredVia() {
		return this.answeredVia;
	}

	public void setAnsweredVia(String answeredVia) {
		this.answeredVia = answeredVia;
	}

	/** When its result began to wait for the guest's next message. */
	public Long getPendingSince() {
		return this.pendingSince;
	}

	public void setPendingSince(Long pendingSince) {
		this.pendingSince = pendingSince;
	}

	/**
	 * The claim of the instance sending its pending result (see {@link PendingAnswers}).
	 */
	public String getPendingClaim() {
		return this.pendingClaim;
	}

	public void setPendingClaim(String pendingClaim) {
		this.pendingClaim = pendingClaim;
	}

	public Long getPendingClaimUntil() {
		return this.pendingClaimUntil;
	}

	public void setPendingClaimUntil(Long pendingClaimUntil) {
		this.pendingClaimUntil = pendingClaimUntil;
	}

	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

	/** The event open when the photo was sent, or {@code null}. */
	public String getEventId() {
		return this.eventId;
	}

	public void setEventId(String eventId) {
		this.eventId = eventId;
	}

	/** Hidden from the big screen by a host or admin. */
	public Boolean getHidden() {
		return this.hidden;
	}

	public void setHidden(Boolean hidden) {
		this.hidden = hidden;
	}

	/** {@code userId/imageId} of the photo this one repeats (status DUPLICATE). */
	public String getDuplicateOf() {
		return this.duplicateOf;
	}

	public void setDuplicateOf(String duplicateOf) {
		this.duplicateOf = duplicateOf;
	}

	/** Expiry index partition: {@code EXPIRES#yyyy-MM-dd} (UTC day the photo expires). */
	@DynamoDbSecondaryPartitionKey(indexNames = SingleTable.WORK_INDEX)
	public String getGsi1pk() {
		return this.gsi1pk;
	}

	public void setGsi1pk(String gsi1pk) {
		this.gsi1pk = gsi1pk;
	}

	/** Expiry index sort key: zero-padded expiry epoch seconds, then the photo's key. */
	@DynamoDbSecondarySortKey(indexNames = SingleTable.WORK_INDEX)
	public String getGsi1sk() {
		return this.gsi1sk;
	}

	public void setGsi1sk(String gsi1sk) {
		this.gsi1sk = gsi1sk;
	}

}
