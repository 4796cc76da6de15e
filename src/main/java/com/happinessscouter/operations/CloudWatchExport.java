package com.happinessscouter.operations;

import java.time.Duration;
import java.util.Map;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code app.metrics.cloudwatch.enabled=true}, every metric is also published to
 * CloudWatch (namespace {@code app.metrics.cloudwatch.namespace}, once a minute), where
 * the alarms of {@code docker/cloudformation.yml} watch them. Needs
 * {@code cloudwatch:PutMetricData}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.metrics.cloudwatch.enabled", havingValue = "true")
class CloudWatchExport {

	@Bean(destroyMethod = "close")
	CloudWatchAsyncClient cloudWatchAsyncClient(@Value("${aws.region}") String region) {
		return CloudWatchAsyncClient.builder().region(Region.of(region)).build();
	}

	@Bean
	CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchAsyncClient client,
			@Value("${app.metrics.cloudwatch.namespace}") String namespace,
			@Value("${app.metrics.cloudwatch.step}") Duration step) {
		Map<String, String> settings = Map.of("cloudwatch.namespace", namespace, "cloudwatch.step", step.toString());
		CloudWatchConfig config = settings::get;
		return new CloudWatchMeterRegistry(config, Clock.SYSTEM, client);
	}

}
