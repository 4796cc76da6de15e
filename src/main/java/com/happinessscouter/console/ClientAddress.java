package com.happinessscouter.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a sign-in came from, as the servlet container saw it (behind a trusted
 * proxy: the client's). An IPv6 client is named by its /64 network, since one host may
 * use any address in it.
 */
final class ClientAddress {

	private static final int IPV6_NETWORK_BYTES = 8;

	private ClientAddress() {
	}

	static String of(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			return normal(web.getRemoteAddress());
		}
		return "unknown";
	}

	static String normal(String address) {
		if (!address.contains(":")) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.ofLiteral(address).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES), 16);
			return InetAddress.getByAddress(network).getHostAddress() + "/64";
		}
		catch (IllegalArgumentException | UnknownHostException notAnAddress) {
			return "unknown";
		}
	}

}
