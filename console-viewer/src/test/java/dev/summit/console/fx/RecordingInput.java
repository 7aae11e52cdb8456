package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.ConsoleInput;
import java.util.ArrayList;
import java.util.List;

/** A ConsoleInput that remembers what a view sent, for tests on any thread. */
final class RecordingInput implements ConsoleInput {
    sealed interface Sent permits Key, Pointer, Clipboard {
    }

    record Key(int keysym, int xtScancode, boolean down) implements Sent {
    }

    record Pointer(int x, int y, int buttons) implements Sent {
    }

    record Clipboard(String text) implements Sent {
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public synchronized void key(int keysym, int xtScancode, boolean down) {
        sent.add(new Key(keysym, xtScancode, down));
    }

    @Override
    public synchronized void pointer(int x, int y, int buttonMask) {
        sent.add(new Pointer(x, y, buttonMask));
    }

    @Override
    public synchronized void clipboard(String text) {
        sent.add(new Clipboard(text));
    }

    synchronized List<Sent> all() {
        return List.copyOf(sent);
    }

    synchronized List<Key> keys() {
        return sent.stream().filter(Key.class::isInstance).map(Key.class::cast).toList();
    }

    synchronized List<Pointer> pointers() {
        return sent.stream().filter(Pointer.class::isInstance).map(Pointer.class::cast).toList();
    }

    /** Keysyms the guest would still hold: pressed more often than released. */
    synchronized List<Integer> stillDown() {
        List<Integer> down = new ArrayList<>();
        for (Key key : keys()) {
            if (key.down()) {
                if (!down.contains(key.keysym())) {
                    down.add(key.keysym());
                }
            } else {
                down.remove(Integer.valueOf(key.keysym()));
            }
        }
        return down;
    }

    synchronized void clear() {
        sent.clear();
    }
}
