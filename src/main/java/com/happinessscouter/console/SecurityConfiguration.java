package com.happinessscouter.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.happinessscouter.console.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.http.SessionCreationPolicy;
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
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

	static final String[] MACHINE_ENDPOINTS = { "/callback" };

	/**
	 * {@code /actuator/prometheus} for a metrics scraper: no session, no login page; the
	 * request must carry {@code Authorization: Bearer <app.metrics.scrape-token>}.
	 * Without a configured token it is refused.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain scrapeFilterChain(HttpSecurity http, @Value("${app.metrics.scrape-token}") String scrapeToken)
			throws Exception {
		byte[] expected = ("Bearer " + scrapeToken).getBytes(StandardCharsets.UTF_8);
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests((auth) -> auth.anyRequest().access((authentication, context) -> {
				String given = context.getRequest().getHeader("Authorization");
				return new AuthorizationDecision(!scrapeToken.isBlank() && given != null
						&& MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)));
			}))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint((request, response, denied) -> response.sendError(401))
						.accessDeniedHandler((request, response, denied) -> response.sendError(401)));
		return http.build();
	}

	/** A plain 401 (no error page: that would be another request, sent to the login). */
	private static void unauthorized(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer");
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(MACHINE_ENDPOINTS)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/error")
			.permitAll()
			// a guest's album: the signed token in the path is the key (album module)
			.requestMatchers("/album/**")
			.permitAll()
			// what the app runs on and how it behaves: admins only (health details too,
			// management.endpoint.health.roles)
			.requestMatchers("/actuator/metrics", "/actuator/metrics/**")
			.hasRole("ADMIN"));
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

	/**
	 * The configured users' passwords, checked only for a (name, address) pair that need
	 * not wait after wrong passwords.
	 */
	@Bean
	AuthenticationProvider consoleSignIn(ConsoleProperties console, PasswordEncoder passwords, LoginAttempts attempts) {
		UserDetailsService users = (username) -> console.users()
			.stream()
			.filter((user) -> user.name().equals(username))
			.findFirst()
			.map((user) -> User.withUsername(user.name()).password(user.password()).roles(user.role()).build())
			.orElseThrow(() -> new UsernameNotFoundException("no console user " + username));
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
		checked.setPasswordEncoder(passwords);
		return new ThrottledLogin(checked, attempts);
	}

}
