package com.happinessscouter.line;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses external content may come from: public unicast only. Refused: the
 * unspecified address, loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16, fe80::/10), CGNAT (100.64/10), multicast, broadcast and the
 * reserved 0/8 and 240/4; an IPv4 address embedded in IPv6 (mapped, compatible, NAT64
 * {@code 64:ff9b::/96}) is judged as the IPv4 address it carries.
 */
final class PublicAddresses {

	private PublicAddresses() {
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		return switch (address) {
			case Inet4Address v4 -> isPublicV4(v4.getAddress());
			case Inet6Address v6 -> isPublicV6(v6.getAddress());
			default -> false;
		};
	}

	private static boolean isPublicV4(byte[] ip) {
		int a = ip[0] & 0xFF;
		int b = ip[1] & 0xFF;
		boolean refused = a == 0 || a == 10 || a == 127 || a >= 224 // 0/8, 10/8,
																	// loopback,
																	// multicast, 240/4
				|| (a == 100 && (b & 0xC0) == 64) // CGNAT 100.64/10
				|| (a == 169 && b == 254) // link-local
				|| (a == 172 && (b & 0xF0) == 16) // 172.16/12
				|| (a == 192 && b == 168); // 192.168/16
		return !refused;
	}

	private static boolean isPublicV6(byte[] ip) {
		int first = ip[0] & 0xFF;
		int second = ip[1] & 0xFF;
		if ((first & 0xFE) == 0xFC || first == 0xFF || (first == 0xFE && (second & 0xC0) == 0x80)) {
			return false; // unique local fc00::/7, multicast, link-local fe80::/10
		}
		byte[] embedded = embeddedV4(ip);
		return embedded == null || isPublicV4(embedded);
	}

	/** The IPv4 address in a mapped, compatible or NAT64 IPv6 address, else null. */
	private static byte[] embeddedV4(byte[] ip) {
		boolean zeroTo80 = allZero(ip, 0, 10);
		boolean mapped = zeroTo80 && (ip[10] & 0xFF) == 0xFF && (ip[11] & 0xFF) == 0xFF;
		boolean compatible = zeroTo80 && ip[10] == 0 && ip[11] == 0;
		boolean nat64 = (ip[0] & 0xFF) == 0x00 && (ip[1] & 0xFF) == 0x64 && (ip[2] & 0xFF) == 0xFF
				&& (ip[3] & 0xFF) == 0x9B && allZero(ip, 4, 12);
		if (!mapped && !compatible && !nat64) {
			return null;
		}
		return new byte[] { ip[12], ip[13], ip[14], ip[15] };
	}

	private static boolean allZero(byte[] ip, int from, int to) {
		for (int i = from; i < to; i++) {
			if (ip[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/** A host that resolved to an address external content may not come from. */
	static final class Refused extends UnknownHostException {

		Refused(String host, InetAddress address) {
			super(host + " resolves to " + address.getHostAddress() + ", not a public address");
		}

	}

}
