package dev.latchkey.adapter.web.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reverse proxies and load balancers whose {@code X-Forwarded-For} header is believed. A request
 * whose connection comes from one of them is taken to come from the right-most address in that
 * header that is not itself a trusted proxy; any other request comes from its connection's address,
 * whatever headers it carries, because anyone can write them.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final int MAX_IPV6_TEXT = 45;

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Trusts no proxy: every request comes from its connection's address. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Reads a comma-separated list of IP addresses and CIDR blocks, IPv4 or IPv6, such as
     * {@code 10.0.0.0/8, 192.0.2.10, fd00::/8}; blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : list.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                blocks.add(Block.parse(trimmed)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "must list IP addresses or CIDR blocks (such as 10.0.0.0/8 or fd00::/8) separated by commas;"
                                        + " not one is: " + printable(trimmed))));
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether {@code address}, an IP address in text, is one of the trusted proxies. */
    public boolean trusts(String address) {
        return literal(address).map(this::trusts).orElse(false);
    }

    /**
     * The client's address.
     *
     * @param peer         the address the connection comes from
     * @param forwardedFor the values of every {@code X-Forwarded-For} header of the request, in order
     * @return {@code peer} unless it is a trusted proxy; otherwise, walking the header from right to
     *         left, the first address that is not a trusted proxy (or the left-most one when all are).
     *         An entry that is not an IP address stops the walk at the proxy that passed it on.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (blocks.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",", -1)))
                .map(String::trim)
                .toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                return client;
            }
        }
        return client;
    }

    private boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    @Override
    public String toString() {
        return blocks.stream().map(Block::toString).collect(Collectors.joining(", "));
    }

    /**
     * An IP address written as a literal: IPv4 in dotted decimal, IPv6 (bare or in brackets), either
     * with a port after it as some proxies write them. Never a host name: nothing here looks up DNS.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        Matcher withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            value = withPort.group(1);
        }
        Matcher bracketed = BRACKETED_IPV6.matcher(value);
        if (bracketed.matches()) {
            return ipv6(bracketed.group(1));
        }
        Matcher ipv4 = IPV4.matcher(value);
        if (ipv4.matches()) {
            return ipv4(ipv4);
        }
        return ipv6(value);
    }

    private static Optional<InetAddress> ipv4(Matcher octets) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String octet = octets.group(i + 1);
            int value = Integer.parseInt(octet);
            if (value > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return byAddress(bytes);
    }

    private static Optional<InetAddress> ipv6(String value) {
        // Only hex digits, colons and dots, with at least one colon: the JDK then parses it as an IPv6
        // literal or refuses it, and never takes it for a host name to look up.
        if (value.length() > MAX_IPV6_TEXT
                || !value.contains(":")
                || !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> byAddress(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** One address or CIDR block: the network's bytes and how many leading bits must match. */
    private record Block(byte[] network, int prefix, String text) {

        static Optional<Block> parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            if (address.contains("[") || IPV4_WITH_PORT.matcher(address).matches()) {
                return Optional.empty();
            }
            Optional<InetAddress> parsed = literal(address);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = parsed.get().getAddress();
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    return Optional.empty();
                }
                prefix = Integer.parseInt(length);
            }
            return Optional.of(new Block(masked(bytes, prefix), prefix, text));
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            return bytes.length == network.length && Arrays.equals(masked(bytes, prefix), network);
        }

        private static byte[] masked(byte[] bytes, int prefix) {
            byte[] result = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                int bitsHere = Math.max(0, Math.min(8, prefix - i * 8));
                int mask = bitsHere == 0 ? 0 : (0xff << (8 - bitsHere)) & 0xff;
                result[i] = (byte) (bytes[i] & mask);
            }
            return result;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
