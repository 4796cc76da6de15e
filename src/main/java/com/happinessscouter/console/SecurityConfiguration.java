package com.happinessscouter.console;

import com.happinessscouter.console.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console needs a sign-in; the LINE webhook is public but signature-checked.
 * Everything else follows Vaadin's view access annotations. (The local simulator opens
 * its own fake LINE API itself.)
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String[] MACHINE_ENDPOINTS = { "/callback" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(MACHINE_ENDPOINTS)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**")
			.permitAll());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(MACHINE_ENDPOINTS));
		// security headers: SecurityHeadersFilter, for every response (Vaadin's pages
		// included)
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The configured users; one that failed too often is locked for a while. */
	@Bean
	UserDetailsService consoleUserDetails(ConsoleUsers console, LoginAttempts attempts) {
		return (username) -> console.users()
			.stream()
			.filter((user) -> user.name().equals(username))
			.findFirst()
			.map((user) -> User.withUsername(user.name())
				.password(user.password())
				.roles(user.role())
				.accountLocked(attempts.locked(user.name()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no console user " + username));
	}

}
