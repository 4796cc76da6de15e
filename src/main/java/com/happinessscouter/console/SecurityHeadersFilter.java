package com.happinessscouter.console;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, Vaadin's pages included (the requests Vaadin's
 * security configuration lets through do not get Spring Security's header writers).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final String contentSecurityPolicy;

	/** Thumbnails come from S3 (AWS) or, locally, from the S3 emulator's endpoint. */
	SecurityHeadersFilter(Environment environment) {
		String endpoint = environment.getProperty("aws.s3-endpoint", environment.getProperty("aws.endpoint", ""));
		String emulator = endpoint.isBlank() ? "" : " " + origin(URI.create(endpoint));
		this.contentSecurityPolicy = contentSecurityPolicy("https://*.amazonaws.com" + emulator);
	}

	/**
	 * What Vaadin's client needs (its bootstrap uses inline and evaluated scripts, and
	 * inline styles), photo thumbnails from the bucket's presigned links
	 * ({@code imageSources}), nothing else from other origins, and no framing.
	 */
	private static String contentSecurityPolicy(String imageSources) {
		return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
				+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: " + imageSources + "; "
				+ "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
				+ "form-action 'self'; object-src 'none'";
	}

	private static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		chain.doFilter(request, response);
	}

}
