package dev.summit.app.bench.console;

/**
 * One viewer watching the animation for the measured window, from its first frame to the moment
 * Xvnc dropped it.
 *
 * @param viewer        what watched: "TigerVNC vncviewer", "Summit, window", "Summit, headless"
 * @param seconds       length of the window
 * @param frames        FramebufferUpdates Xvnc sent it in that window (Xvnc's own count, the same for both viewers)
 * @param ownFrames     frames the viewer itself counted, or -1 when it does not say (vncviewer)
 * @param cpuSeconds    the viewer process's CPU seconds in the window (user + system, all threads)
 * @param xCpuSeconds   the CPU seconds of the Xvfb that shows its window (0 when headless)
 * @param encodings     what Xvnc says it encoded with for this viewer
 * @param drawnFrames   frames the animation drew in that window (-1 when unknown): the most any viewer could show
 */
public record ViewerFigures(String viewer, double seconds, long frames, long ownFrames, double cpuSeconds,
                            double xCpuSeconds, String encodings, long drawnFrames) {
    /** The animation's own frame rate while this viewer watched, or NaN when unknown. */
    public double drawnPerSecond() {
        return drawnFrames < 0 ? Double.NaN : drawnFrames / seconds;
    }

    public double framesPerSecond() {
        return frames / seconds;
    }

    public double cpuPerThousandFrames() {
        return frames == 0 ? Double.NaN : cpuSeconds * 1000 / frames;
    }
}
