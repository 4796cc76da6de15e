package com.happinessscouter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT cache's training run ({@code --aot-train}, docker/aot-train.sh) as the image's
 * build runs it: no emulator, no AWS, no LINE. The app starts, its webhook warm-up's
 * signed requests are answered, the table put it cannot make is left out of the later
 * rounds, and the command exits 0.
 */
@ExtendWith(OutputCaptureExtension.class)
class AotTrainingIT {

	@Test
	void trainingRunNeedsNoOutsideServiceServesTheWarmUpAndExits(CapturedOutput output) {
		int exit = HappinessScouterApplication.train("--aot-train", "--app.webhook.warm-up-requests=5",
				"--spring.jmx.enabled=false", "--spring.main.banner-mode=off");

		assertThat(exit).isZero();
		assertThat(output).contains("5 of 5 rounds' verification requests answered 200")
			.contains("webhook warm-up goes on without its table put");
	}

}
