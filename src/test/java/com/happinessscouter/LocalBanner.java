package com.happinessscouter;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Tells the developer where to click once the local app is up. */
final class LocalBanner implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String base = "http://localhost:"
				+ event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		System.out.printf("%n  Happiness Scouter is running locally.%n" + "  LINE simulator: %s/simulator%n"
				+ "  Console:        %s/   (admin/admin, host/host)%n%n", base, base);
	}

}
