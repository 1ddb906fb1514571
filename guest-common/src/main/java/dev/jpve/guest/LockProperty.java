package dev.jpve.guest;

import java.util.Optional;

/**
 * The {@code lock} property checks of upstream's AbstractConfig ({@code check_lock},
 * {@code has_lock}, {@code check_protection}), with Perl's truthiness: {@code lock: 0} is no lock.
 */
public final class LockProperty {
    private LockProperty() {}

    /**
     * Fails when the section carries a lock.
     *
     * @throws GuestConfigException {@code <guestType> is locked (<lock>)}
     */
    public static void checkLock(String guestType, ConfigSection conf) {
        String lock = conf.properties().get("lock");
        if (ConfigLines.truthy(lock)) {
            throw new GuestConfigException(guestType + " is locked (" + lock + ")");
        }
    }

    /** Whether the section carries a lock, and when {@code lock} is given, exactly that one. */
    public static boolean hasLock(ConfigSection conf, Optional<String> lock) {
        String actual = conf.properties().get("lock");
        return ConfigLines.truthy(actual) && lock.map(actual::equals).orElse(true);
    }

    /**
     * Fails when protection is on.
     *
     * @throws GuestConfigException {@code <message> - protection mode enabled}
     */
    public static void checkProtection(ConfigSection conf, String message) {
        if (ConfigLines.truthy(conf.properties().get("protection"))) {
            throw new GuestConfigException(message + " - protection mode enabled");
        }
    }

    /**
     * Upstream's {@code assert_if_modified}: fails when both digests are non-empty and differ.
     *
     * @throws GuestConfigException {@code detected modified configuration - file changed by other user? Try again.}
     */
    public static void assertIfModified(GuestConfig conf, String digest) {
        if (digest != null && !digest.isEmpty() && !conf.digest().isEmpty() && !digest.equals(conf.digest())) {
            throw new GuestConfigException("detected modified configuration - file changed by other user? Try again.");
        }
    }
}
