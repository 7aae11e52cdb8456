package dev.summit.app.bench.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Xvnc logs about a client when it leaves: its EncodeManager's "Framebuffer updates: N" and
 * the encoder classes it used ("Tight", "Tight (JPEG)", "Raw", …). Counting on the server is how
 * TigerVNC's viewer gets a frame count at all (version 1.12 logs none of its own), and counting the
 * same way for Summit keeps the two figures one definition.
 *
 * @param updates  FramebufferUpdates sent to the client
 * @param encoders encoder classes named in the statistics, in the log's order
 */
record XvncClientStats(long updates, List<String> encoders) {
    private static final Pattern UPDATES = Pattern.compile("EncodeManager: Framebuffer updates: (\\d+)");
    // Encoder classes are indented by three spaces after the tag; their kinds by five.
    private static final Pattern CLASS = Pattern.compile("EncodeManager: {3}(\\S[^:]*):\\s*$");

    /** The last client's statistics in {@code log} after {@code from}, or null when none are there yet. */
    static XvncClientStats lastIn(String log, int from) {
        String tail = log.substring(Math.min(from, log.length()));
        Matcher updates = UPDATES.matcher(tail);
        int at = -1;
        long count = 0;
        while (updates.find()) {
            at = updates.end();
            count = Long.parseLong(updates.group(1));
        }
        if (at < 0) {
            return null;
        }
        List<String> encoders = new ArrayList<>();
        for (String line : tail.substring(at).split("\n")) {
            if (!line.contains("EncodeManager:")) {
                if (!encoders.isEmpty() || line.contains("Connections:")) {
                    break;
                }
                continue;
            }
            Matcher encoder = CLASS.matcher(line);
            if (encoder.find() && !encoder.group(1).equals("Total")) {
                encoders.add(encoder.group(1));
            }
        }
        return new XvncClientStats(count, List.copyOf(encoders));
    }
}
