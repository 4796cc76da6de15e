package com.happinessscouter.retention.internal;

import com.happinessscouter.aws.StorageProperties;
import com.happinessscouter.retention.Retention;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The last step of {@code --provision} and of {@code app.provision-on-start} (the table
 * and bucket are created or checked while the app starts): puts the retention rule on the
 * bucket, or says it is up to date.
 */
@Component
class ProvisionCommand implements ApplicationRunner {

	private final Retention retention;

	private final StorageProperties storage;

	ProvisionCommand(Retention retention, StorageProperties storage) {
		this.retention = retention;
		this.storage = storage;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("provision") || this.storage.provisionOnStart()) {
			System.out.println(this.retention.applyToBucket());
		}
	}

}
