package com.happinessscouter.retention;

import java.util.List;

import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.aws.BucketLifecycle;
import com.happinessscouter.aws.LifecycleRule;
import com.happinessscouter.aws.StorageProvisioner;
import com.happinessscouter.support.ScouterIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention settings against S3Mock's lifecycle API and the emulated table. */
class RetentionIT extends ScouterIT {

	private static final LifecycleRule OPERATORS_RULE = new LifecycleRule("operator-access-logs", "logs/", true, 365,
			null, null, null, false);

	@Autowired
	Retention retention;

	@Autowired
	BucketLifecycle lifecycle;

	@Autowired
	S3Client s3;

	@Autowired
	DynamoDbClient dynamoDb;

	@AfterEach
	void restore() {
		this.retention.change(90, null, null, 7, "test", "restore");
	}

	@Test
	void settingsReachTheBucketAndTheOperatorsRulesAreKept() {
		this.lifecycle.apply(List.of(OPERATORS_RULE));
		this.s3.putBucketLifecycleConfiguration((put) -> put.bucket("scouter-it")
			.lifecycleConfiguration((config) -> config.rules((rule) -> rule.id("operator-access-logs")
				.filter((filter) -> filter.prefix("logs/"))
				.status("Enabled")
				.expiration((expiration) -> expiration.days(365)))));

		assertThat(this.retention.change(30, null, null, 3, "admin", "one month is enough")).isEmpty();

		List<LifecycleRule> rules = this.retention.bucketRules();
		assertThat(rules).contains(OPERATORS_RULE)
			.contains(new LifecycleRule(Retention.RULE_ID, "photos/", true, 30, null, null, 3, true))
			.hasSize(2);
		assertThat(this.retention.drift(rules)).isFalse();
		assertThat(this.retention.photoRetention()).hasDays(30);
		assertThat(this.retention.audit(1).getFirst()).extracting(AuditEntry::who, AuditEntry::reason)
			.containsExactly("admin", "one month is enough");

		assertThat(this.retention.change(120, 30, "STANDARD_IA", 7, "admin", "cheaper")).isEmpty();
		assertThat(this.retention.bucketRules()).contains(OPERATORS_RULE)
			.contains(new LifecycleRule(Retention.RULE_ID, "photos/", true, 120, 30, "STANDARD_IA", 7, true));
	}

	@Test
	void aRuleChangedBehindTheAppsBackIsFlaggedAsDrift() {
		this.retention.change(60, null, null, 7, "admin", "two months");

		this.lifecycle.apply(List.of(new LifecycleRule(Retention.RULE_ID, "photos/", true, 5, null, null, 7, true)));

		assertThat(this.retention.drift(this.retention.bucketRules())).isTrue();
		assertThat(this.retention.applyToBucket()).contains("set");
		assertThat(this.retention.drift(this.retention.bucketRules())).isFalse();
	}

	@Test
	void invalidSettingsAreRefusedAndChangeNothing() {
		RetentionSettings before = this.retention.settings();

		assertThat(this.retention.change(40, 10, "STANDARD_IA", 7, "admin", "too early"))
			.containsExactly("retention.error.ia-minimum");
		assertThat(this.retention.change(30, 30, "GLACIER_IR", 7, "admin", "same day"))
			.containsExactly("retention.error.transition-before-expiry");
		assertThat(this.retention.change(0, null, null, 0, "admin", "nothing")).containsExactly("retention.error.days",
				"retention.error.multipart");
		assertThat(this.retention.change(90, 20, "DEEP_ARCHIVE", 7, "admin", "unknown class"))
			.containsExactly("retention.error.class");

		assertThat(this.retention.settings()).isEqualTo(before);
	}

	@Test
	void provisioningTwiceChangesNothingTheSecondTime() {
		StorageProvisioner provisioner = new StorageProvisioner(this.dynamoDb, this.s3);
		provisioner.provision("provision-it", "provision-it");
		this.retention.applyToBucket();

		List<String> again = provisioner.provision("provision-it", "provision-it");

		assertThat(again).allSatisfy((line) -> assertThat(line).containsAnyOf("unchanged", "already", "not supported"));
		assertThat(this.retention.applyToBucket()).contains("unchanged");
	}

}
