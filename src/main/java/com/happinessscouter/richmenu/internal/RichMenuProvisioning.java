package com.happinessscouter.richmenu.internal;

import com.happinessscouter.aws.StorageProperties;
import com.happinessscouter.line.LineApiException;
import com.happinessscouter.richmenu.RichMenus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --provision} makes the rich menus anew; with {@code app.provision-on-start}
 * (local runs) they are made only when the app has none at LINE yet. LINE not answering
 * does not undo the storage just provisioned: the command says the menu was not made (the
 * console's rich menu page or another {@code --provision} makes it later) and the app
 * starts without one.
 */
@Component
class RichMenuProvisioning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RichMenuProvisioning.class);

	private final RichMenus menus;

	private final StorageProperties storage;

	RichMenuProvisioning(RichMenus menus, StorageProperties storage) {
		this.menus = menus;
		this.storage = storage;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (args.containsOption("provision")) {
				System.out.println(this.menus.replace("--provision"));
			}
			else if (this.storage.provisionOnStart()) {
				this.menus.ensure("provision-on-start").ifPresent((done) -> log.info("{}", done));
			}
		}
		catch (LineApiException ex) {
			String failure = "Rich menu NOT made (LINE: " + ex.getMessage() + ")";
			log.warn(failure);
			if (args.containsOption("provision")) {
				System.out.println(failure);
			}
		}
	}

}
