package com.happinessscouter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.happinessscouter.scoring.CompilerPriority;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/** Happiness Scouter: a wedding-day LINE bot that scores smiles, with a web console. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HappinessScouterApplication {

	/**
	 * {@code java -jar app.jar --provision}: create or update the AWS resources, then
	 * exit.
	 */
	static final String PROVISION = "--provision";

	/**
	 * {@code java -XX:AOTCacheOutput=app.aot -jar app.jar --aot-train}: the JVM's AOT
	 * cache training run (docker/aot-train.sh). The app starts as in production, with
	 * every outside service pointed at a closed port, serves signed webhook requests to
	 * itself (the webhook warm-up's rounds), then exits, and the JVM writes the cache.
	 */
	static final String AOT_TRAIN = "--aot-train";

	/**
	 * The training run's settings: no AWS, no LINE, no background jobs, any free port.
	 * Its table puts fail at once (connection refused); the rounds go on without them.
	 */
	private static final List<String> TRAINING = List.of("--server.port=0", "--app.scheduling.enabled=false",
			"--app.s3.bucket=aot-training", "--app.dynamodb.table=aot-training", "--line.channel-secret=aot-training",
			"--line.channel-token=aot-training", "--aws.dynamodb-endpoint=" + Training.NOWHERE,
			"--aws.s3-endpoint=" + Training.NOWHERE, "--aws.rekognition-endpoint=" + Training.NOWHERE,
			"--line.api-url=" + Training.NOWHERE, "--line.data-api-url=" + Training.NOWHERE,
			"--app.console.users[0].name=aot-training", "--app.console.users[0].password=" + Training.PASSWORD,
			"--app.console.users[0].role=ADMIN", "--app.webhook.warm-up-requests=" + Training.ROUNDS);

	/**
	 * The one clock; tests replace it to move time (reply-token age, retries, months).
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		if (java.util.Arrays.asList(args).contains(PROVISION)) {
			System.exit(provision(args));
		}
		if (java.util.Arrays.asList(args).contains(AOT_TRAIN)) {
			System.exit(train(args));
		}
		application().run(args);
	}

	/**
	 * The app as its entry points start it: with the JIT's optimizing compiler lowered
	 * ({@link CompilerPriority}).
	 */
	static SpringApplication application() {
		SpringApplication application = new SpringApplication(HappinessScouterApplication.class);
		application.addListeners(new CompilerPriority());
		return application;
	}

	/**
	 * {@code --provision}: creates or checks the table, index, TTL, bucket and lifecycle
	 * rule without starting the web server, and returns the exit code.
	 */
	static int provision(String... args) {
		// as arguments, so that application.yml (provision-on-start: false) cannot win
		List<String> command = new ArrayList<>(List.of("--app.provision-on-start=true",
				"--app.scheduling.enabled=false", "--spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY)));
		command.addAll(List.of(args));
		return SpringApplication
			.exit(new SpringApplicationBuilder(HappinessScouterApplication.class).web(WebApplicationType.NONE)
				.run(command.toArray(String[]::new)));
	}

	/**
	 * {@code --aot-train}: starts the app with the training settings (a setting on the
	 * command line replaces the training's own), lets the start-up runners serve their
	 * requests, then stops it and returns the exit code.
	 */
	static int train(String... args) {
		List<String> given = List.of(args);
		List<String> command = new ArrayList<>(TRAINING.stream()
			.filter((setting) -> given.stream().noneMatch((arg) -> arg.startsWith(setting.split("=")[0] + "=")))
			.toList());
		command.addAll(given.stream().filter((arg) -> !arg.equals(AOT_TRAIN)).toList());
		return SpringApplication.exit(application().run(command.toArray(String[]::new)));
	}

	/** The training run's constants. */
	private static final class Training {

		/** A closed port: every call to it is refused at once. */
		static final String NOWHERE = "http://127.0.0.1:9/";

		/** A bcrypt hash (of "admin"): nobody signs in to the training run. */
		static final String PASSWORD = "{bcrypt}$2a$10$xWLtuIb/uk0ZBq7m2RBxxeUqQdkKuLnWeeh4tOmkogt.JAdhpIL6e";

		/** The warm-up's rounds in a training run. */
		static final int ROUNDS = 1000;

	}

	/** Vaadin's auto-configurations assume a web server; a one-shot command has none. */
	private static final List<String> WEB_ONLY = List.of("com.vaadin.flow.spring.SpringBootAutoConfiguration",
			"com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig");

	/** Background jobs (pollers, sweepers); off for one-shot commands. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "app.scheduling.enabled", matchIfMissing = true)
	@EnableScheduling
	static class SchedulingConfiguration {

	}

}
