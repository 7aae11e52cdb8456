package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.ConsoleInput;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and wheel events on the shown screen, as RFB pointer events in remote pixels: the position
 * is mapped back through whatever scaling the view applies, and the wheel becomes clicks of buttons
 * 4/5 (6/7 sideways), pressed and released at once, as X does.
 */
final class PointerInput {
    static final int LEFT = 1;
    static final int MIDDLE = 1 << 1;
    static final int RIGHT = 1 << 2;
    static final int WHEEL_UP = 1 << 3;
    static final int WHEEL_DOWN = 1 << 4;
    static final int WHEEL_LEFT = 1 << 5;
    static final int WHEEL_RIGHT = 1 << 6;
    /** JavaFX's pixels per wheel notch when a platform does not say. */
    private static final double DEFAULT_NOTCH = 40;

    private final ImageView screen;
    private final Supplier<ConsoleInput> input;
    private int buttons;
    private int lastX = -1;
    private int lastY = -1;
    private double wheelX;
    private double wheelY;

    PointerInput(ImageView screen, Supplier<ConsoleInput> input) {
        this.screen = screen;
        this.input = input;
    }

    /** Sends {@code event} if the view is live; true when it was sent (the caller consumes it). */
    boolean mouse(MouseEvent event) {
        ConsoleInput in = input.get();
        if (in == null || screen.getImage() == null) {
            return false;
        }
        buttons = mask(event);
        Point2D local = screen.sceneToLocal(event.getSceneX(), event.getSceneY());
        int x = toPixel(local.getX(), screen.getLayoutBounds().getWidth(), (int) screen.getImage().getWidth());
        int y = toPixel(local.getY(), screen.getLayoutBounds().getHeight(), (int) screen.getImage().getHeight());
        boolean moveOnly = event.getEventType() == MouseEvent.MOUSE_MOVED || event.getEventType() == MouseEvent.MOUSE_DRAGGED;
        // A scaled-down screen reports several local moves per remote pixel; the guest needs one.
        if (!moveOnly || x != lastX || y != lastY) {
            in.pointer(x, y, buttons);
        }
        lastX = x;
        lastY = y;
        return true;
    }

    /** Sends wheel clicks for {@code event} if the view is live; true when it was taken. */
    boolean scroll(ScrollEvent event) {
        ConsoleInput in = input.get();
        if (in == null || lastX < 0) {
            return false;
        }
        // Touchpads scroll in small steps; whole notches are sent once they add up.
        wheelY += event.getDeltaY() / notch(event.getMultiplierY());
        wheelX += event.getDeltaX() / notch(event.getMultiplierX());
        wheelY = click(in, wheelY, WHEEL_UP, WHEEL_DOWN);
        wheelX = click(in, wheelX, WHEEL_LEFT, WHEEL_RIGHT);
        return true;
    }

    /**
     * The view stopped being live: a button still held goes up in the guest (if there still is a
     * connection, {@code in}), so no drag is left hanging, and the wheel remainders are forgotten.
     */
    void release(ConsoleInput in) {
        if (buttons != 0 && in != null && lastX >= 0) {
            in.pointer(lastX, lastY, 0);
        }
        buttons = 0;
        wheelX = 0;
        wheelY = 0;
        lastX = -1;
        lastY = -1;
    }

    private double click(ConsoleInput in, double notches, int positiveButton, int negativeButton) {
        double left = notches;
        while (Math.abs(left) >= 1) {
            int button = left > 0 ? positiveButton : negativeButton;
            in.pointer(lastX, lastY, buttons | button);
            in.pointer(lastX, lastY, buttons);
            left -= Math.signum(left);
        }
        return left;
    }

    private static double notch(double multiplier) {
        return multiplier > 0 ? multiplier : DEFAULT_NOTCH;
    }

    /** The button mask after {@code event}: JavaFX's held buttons, with the event's own button made exact. */
    static int mask(MouseEvent event) {
        int mask = (event.isPrimaryButtonDown() ? LEFT : 0)
                | (event.isMiddleButtonDown() ? MIDDLE : 0)
                | (event.isSecondaryButtonDown() ? RIGHT : 0);
        int own = bit(event.getButton());
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            mask |= own;
        } else if (event.getEventType() == MouseEvent.MOUSE_RELEASED) {
            mask &= ~own;
        }
        return mask;
    }

    private static int bit(MouseButton button) {
        return switch (button) {
            case PRIMARY -> LEFT;
            case MIDDLE -> MIDDLE;
            case SECONDARY -> RIGHT;
            default -> 0;
        };
    }

    /**
     * A local coordinate along an axis drawn {@code extent} units long, as one of {@code pixels}
     * remote pixels; positions off the screen (a drag past the edge) stick to the nearest edge.
     */
    static int toPixel(double local, double extent, int pixels) {
        if (pixels <= 0 || extent <= 0) {
            return 0;
        }
        int pixel = (int) Math.floor(local * pixels / extent);
        return Math.max(0, Math.min(pixels - 1, pixel));
    }
}
