package dev.summit.connectors.tunnel;

import com.jcraft.jsch.ConfigRepository;
import java.util.Locale;
import java.util.Set;

/**
 * The user's ssh_config as JSch sees it, minus the keys Summit handles itself: JSch would otherwise
 * swap in its own known_hosts check (UserKnownHostsFile), relax it (StrictHostKeyChecking), fail on
 * a missing IdentityFile that ssh skips, or offer password prompts.
 */
final class SshConfigView implements ConfigRepository {
    private static final Set<String> HANDLED_BY_SUMMIT = Set.of("identityfile", "userknownhostsfile",
            "stricthostkeychecking", "hashknownhosts", "preferredauthentications");

    private final ConfigRepository config;

    SshConfigView(ConfigRepository config) {
        this.config = config;
    }

    @Override
    public Config getConfig(String host) {
        Config real = config.getConfig(host);
        return new Config() {
            @Override
            public String getHostname() {
                return real.getHostname();
            }

            @Override
            public String getUser() {
                return real.getUser();
            }

            @Override
            public int getPort() {
                return real.getPort();
            }

            @Override
            public String getValue(String key) {
                return HANDLED_BY_SUMMIT.contains(key.toLowerCase(Locale.ROOT)) ? null : real.getValue(key);
            }

            @Override
            public String[] getValues(String key) {
                return HANDLED_BY_SUMMIT.contains(key.toLowerCase(Locale.ROOT)) ? null : real.getValues(key);
            }
        };
    }
}
