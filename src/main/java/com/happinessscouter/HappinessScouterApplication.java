package com.happinessscouter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
		SpringApplication.run(HappinessScouterApplication.class, args);
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
