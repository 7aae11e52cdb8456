package dev.summit.console.testing;

import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Records every listener call in order, and lets a test wait for one. */
public final class RecordingListener implements RfbListener {
    private final List<String> events = new ArrayList<>();
    private final CompletableFuture<String> disconnected = new CompletableFuture<>();
    private final String userName;
    private final String password;
    private volatile CursorShape cursor;
    private volatile String clipboard;
    private volatile int leds = -1;
    private volatile int frames;
    private volatile int disconnects;

    /** Answers credential requests with {@code password} (null: the user cancels). */
    public RecordingListener(String userName, String password) {
        this.userName = userName;
        this.password = password;
    }

    public RecordingListener() {
        this(null, null);
    }

    private synchronized void record(String event) {
        events.add(event);
    }

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void stateChanged(RfbState state) {
        record("state " + state);
    }

    @Override
    public Credentials credentials(boolean needsUserName) {
        record("credentials " + needsUserName);
        return password == null ? null : new Credentials(userName, password.toCharArray());
    }

    @Override
    public void desktopResized(int width, int height) {
        record("resized " + width + "x" + height);
    }

    @Override
    public void frameCompleted() {
        frames++;
    }

    @Override
    public void cursorChanged(CursorShape shape) {
        cursor = shape;
        record("cursor " + shape.width() + "x" + shape.height());
    }

    @Override
    public void ledStateChanged(int state) {
        leds = state;
        record("leds " + state);
    }

    @Override
    public void bell() {
        record("bell");
    }

    @Override
    public void serverClipboard(String text) {
        clipboard = text;
        record("clipboard " + text);
    }

    @Override
    public void disconnected(String reason) {
        disconnects++;
        record("disconnected " + reason);
        disconnected.complete(reason);
    }

    public int frames() {
        return frames;
    }

    public int disconnects() {
        return disconnects;
    }

    public CursorShape cursor() {
        return cursor;
    }

    public String clipboard() {
        return clipboard;
    }

    public int leds() {
        return leds;
    }

    public String awaitDisconnected() throws Exception {
        return disconnected.get(15, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} until it holds; fails with the events seen so far. */
    public void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; events: " + events());
            }
            Thread.sleep(20);
        }
    }
}
