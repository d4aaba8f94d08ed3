package dev.latchkey.adapter.web;

import dev.latchkey.adapter.web.auth.TrustedProxies;
import java.time.Clock;

/**
 * How the web adapter behaves.
 *
 * @param devMailbox     serve {@code /dev/mailbox}: only while no SMTP server is configured
 * @param secureCookies  mark the page cookies {@code Secure}: when the public URL is https
 * @param clock          the time the pages measure their session cookies by
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client address
 */
public record WebSettings(
        String host,
        int port,
        boolean devMailbox,
        long maxRequestBytes,
        boolean secureCookies,
        Clock clock,
        TrustedProxies trustedProxies) {}
