package dev.summit.console.fx;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.image.Screenshot;
import dev.summit.console.rfb.protocol.ConsoleInput;
import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * A guest's screen, live. The app attaches a connection's {@link Framebuffer} and
 * {@link ConsoleInput}, hands the connection {@link #rfbListener()} (or forwards those reports to
 * it), and sets {@link #statusTextProperty() a status} whenever the screen is not live ("Connecting…",
 * "Paused"…): the last frame then stays, greyed and dimmed, under that text, and takes no input.
 *
 * <p>Once per pulse the view copies the damaged rectangle of the framebuffer into its image; between
 * frames it does nothing. Clicking or focusing the view grabs the keyboard for the guest, Ctrl+Alt
 * gives it back (a hint says so), and losing focus gives it back too, with every held key released.
 */
public final class ConsoleView extends Region {
    public static final String STYLE_CLASS = "console-view";
    public static final String STATUS_STYLE_CLASS = "console-status";
    public static final String HINT_STYLE_CLASS = "console-grab-hint";
    public static final String VEIL_STYLE_CLASS = "console-veil";
    /** The words the grab hint shows; the app may repeat them in a status bar or title. */
    public static final String RELEASE_HINT = KeyboardGrab.RELEASE_HINT;

    private final ImageView screen = new ImageView();
    private final ScreenSurface surface = new ScreenSurface(screen);
    private final ScrollPane scroller = new ScrollPane(surface);
    private final Label status = new Label();
    private final Label hint = new Label(RELEASE_HINT);
    private final ScreenBuffer buffer = new ScreenBuffer();
    private final ViewFeed feed = new ViewFeed();
    private final KeyboardGrab keyboard = new KeyboardGrab(this::attachedInput);
    private final PointerInput pointer = new PointerInput(screen, this::liveInput);
    private final FullScreenControl fullScreen = new FullScreenControl();
    /** Greys the last frame; the veil over it dims it. Together they never pass for a live screen. */
    private final ColorAdjust grey = new ColorAdjust(0, -1, 0, 0);
    private final Region veil = new Region();

    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final ObjectProperty<ScaleMode> scaleMode = new SimpleObjectProperty<>(this, "scaleMode", ScaleMode.FIT);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyIntegerWrapper ledState = new ReadOnlyIntegerWrapper(this, "ledState", ViewFeed.LEDS_UNKNOWN);

    private Supplier<Framebuffer> screenSource;
    private ConsoleInput input;
    private Framebuffer shown;
    private Cursor remoteCursor = Cursor.DEFAULT;

    public ConsoleView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setMinSize(0, 0);
        buildLayers();
        wireInput();
        statusText.addListener((o, was, now) -> {
            updateLive();
            requestLayout(); // the status label is unmanaged: its new size only comes from our layout
        });
        scaleMode.addListener((o, was, now) -> applyScaleMode());
        applyScaleMode();
        updateLive();
    }

    /** Shows {@code framebuffer} and sends input to {@code input}, replacing any earlier connection. */
    public void attach(Framebuffer framebuffer, ConsoleInput input) {
        Objects.requireNonNull(framebuffer, "framebuffer");
        attach(() -> framebuffer, input);
    }

    /**
     * Like {@link #attach(Framebuffer, ConsoleInput)} for a client that makes its framebuffer later
     * (after ServerInit) or replaces it: {@code screen} is asked once per pulse and may return null.
     */
    public void attach(Supplier<Framebuffer> screen, ConsoleInput input) {
        keyboard.release();
        this.screenSource = Objects.requireNonNull(screen, "screen");
        this.input = Objects.requireNonNull(input, "input");
        shown = null;
        updateLive();
        requestPulse();
    }

    /** Stops showing and sending; the last frame stays (greyed) under the status text. */
    public void detach() {
        keyboard.release();
        pointer.release(input);
        screenSource = null;
        input = null;
        shown = null;
        updateLive();
    }

    /**
     * What the view needs to hear from the connection: new frames, resizes, the cursor shape and the
     * keyboard LEDs. Safe on the reader thread. Give it to the client, or forward those calls to it.
     */
    public RfbListener rfbListener() {
        return feed;
    }

    /** Asks for a repaint at the next pulse; any thread. */
    public void frameReady() {
        feed.frameCompleted();
    }

    /** Non-empty while the screen is not live: shown over the greyed last frame, and input stops. */
    public StringProperty statusTextProperty() {
        return statusText;
    }

    public String getStatusText() {
        return statusText.get();
    }

    public void setStatusText(String text) {
        statusText.set(text == null ? "" : text);
    }

    public ObjectProperty<ScaleMode> scaleModeProperty() {
        return scaleMode;
    }

    public ScaleMode getScaleMode() {
        return scaleMode.get();
    }

    public void setScaleMode(ScaleMode mode) {
        scaleMode.set(Objects.requireNonNull(mode, "mode"));
    }

    /** True while attached with no status text: the screen is current and takes input. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public boolean isLive() {
        return live.get();
    }

    /** True while keys go to the guest. */
    public ReadOnlyBooleanProperty grabbedProperty() {
        return keyboard.grabbedProperty();
    }

    public boolean isGrabbed() {
        return keyboard.isGrabbed();
    }

    /** Gives the keyboard to the guest (focusing the view), if the screen is live. */
    public void grabKeyboard() {
        requestFocus();
        if (isLive()) {
            keyboard.grab();
        }
    }

    /** Gives the keyboard back, releasing every key the guest holds. */
    public void releaseKeyboard() {
        keyboard.release();
    }

    /** Keyboard LEDs as the guest last reported them (bit 0 Scroll, 1 Num, 2 Caps Lock), or -1. */
    public ReadOnlyIntegerProperty ledStateProperty() {
        return ledState.getReadOnlyProperty();
    }

    /** Sends a Send Key chord ({@link SendKeys}) if the screen is live; false when it was not sent. */
    public boolean send(KeyChord chord) {
        ConsoleInput in = liveInput();
        if (in == null) {
            return false;
        }
        chord.sendTo(in);
        return true;
    }

    /**
     * Puts {@code stage} into or out of full screen. While the keyboard is grabbed Esc belongs to the
     * guest and does not leave full screen; after Ctrl+Alt it does, and the exit hint says so.
     */
    public void setFullScreen(Stage stage, boolean on) {
        fullScreen.set(stage, on);
    }

    /** The screen now: the framebuffer while attached, else the last frame shown. FX thread. */
    public Optional<Screenshot> screenshot() {
        Framebuffer framebuffer = screenSource == null ? null : screenSource.get();
        if (framebuffer != null) {
            return Optional.of(Screenshot.of(framebuffer));
        }
        int[] pixels = buffer.copyPixels();
        return pixels == null ? Optional.empty() : Optional.of(new Screenshot(buffer.width(), buffer.height(), pixels));
    }

    /** Copies the screen now and writes it as a PNG at {@code target} off the FX thread. */
    public CompletableFuture<Path> saveScreenshot(Path target) {
        Optional<Screenshot> shot = screenshot();
        if (shot.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("there is no screen to save yet"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                shot.get().writePng(target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The image being shown, for tests and thumbnails; null before the first frame. */
    Image image() {
        return buffer.image();
    }

    ImageView screenNode() {
        return screen;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        scroller.resizeRelocate(0, 0, w, h);
        veil.resizeRelocate(0, 0, w, h);
        status.autosize();
        status.relocate(Math.floor((w - status.getWidth()) / 2), Math.floor((h - status.getHeight()) / 2));
        hint.autosize();
        hint.relocate(Math.floor((w - hint.getWidth()) / 2), 8);
    }

    private void buildLayers() {
        scroller.setFocusTraversable(false);
        scroller.setPannable(false);
        scroller.getStyleClass().add("console-scroller");
        // The scroll pane is only a frame for 1:1 mode: no border, no padding, no colour of its own.
        scroller.setStyle("-fx-background-color: black; -fx-background-insets: 0; -fx-padding: 0;");
        scroller.viewportBoundsProperty().addListener((o, was, now) -> surface.setMinSize(now.getWidth(), now.getHeight()));
        status.getStyleClass().add(STATUS_STYLE_CLASS);
        status.textProperty().bind(statusText);
        status.visibleProperty().bind(statusText.isNotEmpty());
        hint.getStyleClass().add(HINT_STYLE_CLASS);
        hint.visibleProperty().bind(keyboard.grabbedProperty());
        veil.getStyleClass().add(VEIL_STYLE_CLASS);
        veil.visibleProperty().bind(live.not());
        OverlayStyle.status(status);
        OverlayStyle.hint(hint);
        OverlayStyle.veil(veil);
        for (Region overlay : new Region[] {veil, status, hint}) {
            overlay.setManaged(false);
            overlay.setMouseTransparent(true);
        }
        getChildren().addAll(scroller, veil, status, hint);
    }

    private void wireInput() {
        EventHandler<MouseEvent> mouse = event -> {
            if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                grabKeyboard();
                event.consume(); // the scroll pane would take the focus otherwise
            }
            if (pointer.mouse(event)) {
                event.consume();
            }
        };
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, mouse);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, mouse);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, mouse);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, mouse);
        surface.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (pointer.scroll(event)) {
                event.consume();
            }
        });
        focusedProperty().addListener((o, was, focused) -> {
            if (focused && isLive()) {
                keyboard.grab();
            } else if (!focused) {
                keyboard.release();
            }
        });
        new SceneHooks(this, this::pulse, this::windowKey);
        sceneProperty().addListener((o, was, now) -> requestPulse());
    }

    private void windowKey(KeyEvent event) {
        if (keyboard.handle(event) || fullScreen.handleEscape(event)) {
            event.consume();
        }
    }

    private void pulse() {
        Framebuffer framebuffer = screenSource == null ? null : screenSource.get();
        if (framebuffer != null) {
            if (framebuffer != shown) {
                shown = framebuffer;
                buffer.invalidate();
            }
            if (buffer.pull(framebuffer)) {
                screen.setImage(buffer.image());
                surface.requestLayout();
                requestLayout();
            }
        }
        CursorShape shape = feed.takeCursor();
        if (shape != null) {
            remoteCursor = CursorImages.toCursor(shape);
            updateCursor();
        }
        ledState.set(feed.leds());
    }

    private void applyScaleMode() {
        boolean fit = scaleMode.get() == ScaleMode.FIT;
        surface.setFit(fit);
        scroller.setFitToWidth(fit);
        scroller.setFitToHeight(fit);
        ScrollPane.ScrollBarPolicy bars = fit ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.AS_NEEDED;
        scroller.setHbarPolicy(bars);
        scroller.setVbarPolicy(bars);
    }

    private void updateLive() {
        boolean nowLive = input != null && statusText.get().isEmpty();
        live.set(nowLive);
        if (!nowLive) {
            keyboard.release();
            pointer.release(input);
        }
        screen.setEffect(nowLive ? null : grey);
        updateCursor();
    }

    private void updateCursor() {
        screen.setCursor(isLive() ? remoteCursor : Cursor.DEFAULT);
    }

    private ConsoleInput attachedInput() {
        return input;
    }

    private ConsoleInput liveInput() {
        return isLive() ? input : null;
    }

    private void requestPulse() {
        feed.frameCompleted();
    }
}
