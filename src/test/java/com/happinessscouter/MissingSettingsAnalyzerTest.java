package com.happinessscouter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissingSettingsAnalyzerTest {

	@Test
	void settingNames_becomeTheirEnvironmentVariables() {
		assertThat(MissingSettingsAnalyzer.environmentVariable("line.channel-secret")).isEqualTo("LINE_CHANNEL_SECRET");
		assertThat(MissingSettingsAnalyzer.environmentVariable("app.s3.bucket")).isEqualTo("APP_S3_BUCKET");
		assertThat(MissingSettingsAnalyzer.environmentVariable("app.console.users[0].name"))
			.isEqualTo("APP_CONSOLE_USERS_0_NAME");
	}

}
