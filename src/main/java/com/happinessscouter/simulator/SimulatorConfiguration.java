package com.happinessscouter.simulator;

import java.net.URI;
import java.time.Clock;

import com.happinessscouter.line.LineProperties;
import com.happinessscouter.simulator.ui.SimulatorView;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * The simulator exists only in the {@code local} profile: its page is not even routed
 * elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class SimulatorConfiguration {

	@Bean
	SimulatorLedger simulatorLedger(Clock clock) {
		return new SimulatorLedger(clock);
	}

	@Bean
	SimulatorRichMenus simulatorRichMenus() {
		return new SimulatorRichMenus();
	}

	@Bean
	SimulatorQuota simulatorQuota() {
		return new SimulatorQuota();
	}

	@Bean
	SimulatorFaults simulatorFaults() {
		return new SimulatorFaults();
	}

	@Bean
	WebhookSender webhookSender(LineProperties line, SimulatorLedger ledger, Clock clock, Environment environment) {
		return new WebhookSender(line, ledger, clock,
				() -> URI.create("http://localhost:"
						+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
						+ "/callback"));
	}

	/** LINE's API needs no session or CSRF token: the fake one neither. */
	@Bean
	WebSecurityCustomizer fakeLineApiIsPublic() {
		return (web) -> web.ignoring().requestMatchers(FakeLineApi.BASE_PATH + "/**");
	}

	@Bean
	VaadinServiceInitListener simulatorRoute() {
		return (event) -> RouteConfiguration.forApplicationScope().setRoute("simulator", SimulatorView.class);
	}

}
