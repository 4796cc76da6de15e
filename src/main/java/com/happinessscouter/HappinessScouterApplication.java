package com.happinessscouter;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Happiness Scouter: a wedding-day LINE bot that scores smiles, with a web console. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HappinessScouterApplication {

	/**
	 * The one clock; tests replace it to move time (reply-token age, retries, months).
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(HappinessScouterApplication.class, args);
	}

}
