package dev.summit.app.bench.console;

import java.awt.Color;
import java.awt.Font;
import java.awt.Frame;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The desktop both viewers watch: one undecorated window over the whole Xvnc screen, its own
 * process with DISPLAY set to Xvnc, so none of its CPU lands on a viewer. Every frame repaints a
 * moving diagonal gradient, drifting soft circles and scrolling lines of text over all of it
 * except the key marker, a desktop whose pixels all change, with flat areas, smooth shading and
 * sharp glyphs, so Tight picks its JPEG, palette and fill kinds as it would on a real one.
 *
 * <p>Each key press flips the marker square in the top left corner between {@link #MARKER_A}
 * and {@link #MARKER_B}: the latency probe waits for that colour in its framebuffer. The marker is
 * never drawn by the animation, so only a key changes it.
 *
 * <p>Arguments: {@code width height fps [still]}; "still" draws one frame and then only answers keys.
 * With {@code -Dsummit.animation.drawn=FILE} it writes the frames drawn so far into FILE every half
 * second: on a loaded machine it draws fewer than asked, and a viewer can show no more than there were.
 */
public final class Animation {
    public static final int MARKER_SIZE = 64;
    public static final int MARKER_A = 0xFF000000;
    public static final int MARKER_B = 0xFFFFFFFF;
    static final String DRAWN_PROPERTY = "summit.animation.drawn";

    private final int width;
    private final int height;
    private final Frame frame = new Frame("summit-console-benchmark");
    private final BufferedImage image;
    private final Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private volatile boolean markerB;
    private long tick;
    private volatile long drawn;

    private Animation(int width, int height) {
        this.width = width;
        this.height = height;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    public static void main(String[] args) throws InterruptedException {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        int fps = Integer.parseInt(args[2]);
        boolean still = args.length > 3 && args[3].equals("still");
        new Animation(width, height).run(fps, still);
    }

    private void run(int fps, boolean still) throws InterruptedException {
        frame.setUndecorated(true);
        frame.setBounds(0, 0, width, height);
        frame.setIgnoreRepaint(true);
        frame.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                markerB = !markerB;
                drawMarker();
            }
        });
        frame.setVisible(true);
        frame.toFront();
        frame.requestFocus();
        render();
        if (still) {
            Thread.currentThread().join(); // keys only, until the benchmark kills us
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(this::render, 0, 1_000_000 / fps, TimeUnit.MICROSECONDS);
        String drawnFile = System.getProperty(DRAWN_PROPERTY);
        if (drawnFile != null) {
            Path file = Path.of(drawnFile);
            Path next = file.resolveSibling(file.getFileName() + ".next");
            ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor();
            counter.scheduleAtFixedRate(() -> {
                try {
                    // Replaced whole, so the benchmark never reads half a number.
                    Files.writeString(next, Long.toString(drawn));
                    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void render() {
        Graphics2D g = image.createGraphics();
        try {
            double t = tick++ / 30.0;
            int shift = (int) (t * 120) % (2 * width);
            g.setPaint(new GradientPaint(shift, 0, new Color(0x1d3557), shift + width / 2f, height,
                    new Color(0xf1a208), true));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 6; i++) {
                float cx = (float) (width / 2.0 + Math.cos(t * 0.7 + i) * width * 0.35);
                float cy = (float) (height / 2.0 + Math.sin(t * 0.9 + i * 1.3) * height * 0.35);
                g.setPaint(new RadialGradientPaint(cx, cy, 140, new float[] {0f, 1f},
                        new Color[] {new Color(0xe6, 0x39, 0x46, 220), new Color(0xa8, 0xda, 0xdc, 0)},
                        MultipleGradientPaint.CycleMethod.NO_CYCLE));
                g.fillOval((int) cx - 140, (int) cy - 140, 280, 280);
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(Color.WHITE);
            int scroll = (int) (t * 40) % 32;
            for (int line = 0; line * 32 < height + 32; line++) {
                int y = line * 32 - scroll + 24;
                g.drawString("Summit console benchmark · frame " + tick + " · line " + (line + tick / 30), 120 + (line % 5) * 40, y);
            }
        } finally {
            g.dispose();
        }
        Graphics screen = frame.getGraphics();
        if (screen != null) {
            try {
                // Everything but the marker square, so only keys change it.
                screen.drawImage(image, MARKER_SIZE, 0, width, MARKER_SIZE, MARKER_SIZE, 0, width, MARKER_SIZE, null);
                screen.drawImage(image, 0, MARKER_SIZE, width, height, 0, MARKER_SIZE, width, height, null);
            } finally {
                screen.dispose();
            }
        }
        drawMarker();
        drawn = tick;
    }

    /** The frames an animation started with {@link #DRAWN_PROPERTY} {@code = file} has drawn, or -1 before it said. */
    static long drawnSoFar(Path file) throws IOException {
        return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : -1;
    }

    private synchronized void drawMarker() {
        Graphics screen = frame.getGraphics();
        if (screen == null) {
            return;
        }
        try {
            screen.setColor(new Color(markerB ? MARKER_B : MARKER_A));
            screen.fillRect(0, 0, MARKER_SIZE, MARKER_SIZE);
        } finally {
            screen.dispose();
        }
        Toolkit.getDefaultToolkit().sync();
    }
}
