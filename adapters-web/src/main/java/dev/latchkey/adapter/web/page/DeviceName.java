package dev.latchkey.adapter.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A short name for the browser and system a session was opened from, read off its {@code User-Agent}. */
final class DeviceName {

    /** Checked in order: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final Map<String, String> BROWSERS = new LinkedHashMap<>();

    private static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

    static {
        BROWSERS.put("Edg/", "Edge");
        BROWSERS.put("OPR/", "Opera");
        BROWSERS.put("Firefox/", "Firefox");
        BROWSERS.put("Chrome/", "Chrome");
        BROWSERS.put("Safari/", "Safari");
        SYSTEMS.put("Android", "Android");
        SYSTEMS.put("iPhone", "iOS");
        SYSTEMS.put("iPad", "iPadOS");
        SYSTEMS.put("Windows", "Windows");
        SYSTEMS.put("Mac OS X", "macOS");
        SYSTEMS.put("CrOS", "ChromeOS");
        SYSTEMS.put("Linux", "Linux");
    }

    private DeviceName() {}

    /** "Firefox" and "Windows", when the agent names a known browser and system. */
    static Optional<String[]> of(String userAgent) {
        if (userAgent == null) {
            return Optional.empty();
        }
        Optional<String> browser = first(BROWSERS, userAgent);
        Optional<String> system = first(SYSTEMS, userAgent);
        if (browser.isEmpty() || system.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {browser.get(), system.get()});
    }

    private static Optional<String> first(Map<String, String> names, String userAgent) {
        return names.entrySet().stream()
                .filter(entry -> userAgent.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
