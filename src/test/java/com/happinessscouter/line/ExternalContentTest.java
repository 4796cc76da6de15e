package com.happinessscouter.line;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * External content URLs refused before any connection: not https, or a host that resolves
 * (through a resolver the test controls, never real DNS) to an address that is not
 * public. Refusals are final: never retried.
 */
class ExternalContentTest {

	private final List<String> asked = new ArrayList<>();

	private final Map<String, String[]> dns = Map.of("photos.example", new String[] { "10.0.0.5" }, "mixed.example",
			new String[] { "203.0.113.7", "192.168.1.20" }, "metadata.example", new String[] { "169.254.169.254" },
			"six.example", new String[] { "fd00::5" }, "mapped.example", new String[] { "::ffff:127.0.0.1" });

	private final ExternalContent external = new ExternalContent(Duration.ofSeconds(2), Duration.ofSeconds(3),
			this::resolve);

	@Test
	void httpUrl_isRefusedWithoutResolvingOrConnecting() {
		assertRefused("http://203.0.113.7/photo.jpg");
		assertRefused("ftp://photos.example/photo.jpg");
		assertThat(this.asked).isEmpty();
	}

	@Test
	void hostResolvingToAPrivateAddress_isRefused() {
		assertRefused("https://photos.example/photo.jpg");
		assertRefused("https://metadata.example/latest/meta-data/");
		assertRefused("https://six.example/photo.jpg");
		assertRefused("https://mapped.example/photo.jpg");
		assertThat(this.asked).containsExactly("photos.example", "metadata.example", "six.example", "mapped.example");
	}

	@Test
	void hostWithAPublicAndAPrivateAddress_isRefusedAsAWhole() {
		assertRefused("https://mixed.example/photo.jpg");
	}

	@Test
	void addressLiterals_areCheckedToo() {
		assertRefused("https://127.0.0.1:8443/photo.jpg");
		assertRefused("https://[::1]/photo.jpg");
		assertRefused("https://[fe80::1]/photo.jpg");
		assertRefused("https://100.64.1.1/photo.jpg");
	}

	private void assertRefused(String url) {
		assertThatExceptionOfType(LineApiException.class)
			.isThrownBy(() -> this.external.fetch(URI.create(url), 1_000_000))
			.satisfies((refused) -> {
				assertThat(refused.status()).as(url).isEqualTo(403);
				assertThat(refused.retryable()).as(url).isFalse();
			});
	}

	private InetAddress[] resolve(String host) throws UnknownHostException {
		this.asked.add(host);
		String[] addresses = this.dns.get(host);
		if (addresses == null) {
			// literals only: InetAddress parses them without asking DNS
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		List<InetAddress> resolved = new ArrayList<>();
		for (String address : addresses) {
			resolved.add(InetAddress.getByName(address));
		}
		return resolved.toArray(InetAddress[]::new);
	}

}
