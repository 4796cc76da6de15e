package com.happinessscouter.line;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses external content may come from (literals: no DNS is asked). */
class PublicAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255",
			"192.168.0.1", "192.168.255.254", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
			"224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "fc00::1", "fd12:3456::1",
			"fe80::1", "febf::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
			"::127.0.0.1", "64:ff9b::a00:1", "64:ff9b::7f00:1" })
	void privateLoopbackLinkLocalMulticastCgnatAndUnspecified_areRefused(String literal) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
			"192.169.0.1", "169.253.0.1", "11.0.0.1", "223.255.255.254", "2001:4860:4860::8888", "2400:cb00::1",
			"64:ff9b::808:808", "::ffff:8.8.8.8", "fbff::1" })
	void publicUnicast_isAllowed(String literal) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
	}

}
