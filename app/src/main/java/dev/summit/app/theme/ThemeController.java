package dev.summit.app.theme;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The user's theme choice, what it means on this desktop, and the View → Theme menu that changes it.
 * The desktop's preference is read once at start; a choice is saved through {@code save} (which
 * must not run on the FX thread's time: pass a background executor's hand-off).
 */
public final class ThemeController {
    public static final String MENU_ID = "menu-theme";

    private final ObjectProperty<ThemeChoice> choice;
    private final boolean desktopPrefersDark;
    private final ThemeApplier applier = new ThemeApplier();

    public ThemeController(ThemeChoice initial, boolean desktopPrefersDark, Consumer<ThemeChoice> save) {
        this.choice = new SimpleObjectProperty<>(this, "choice", initial);
        this.desktopPrefersDark = desktopPrefersDark;
        applier.darkProperty().set(initial.isDark(desktopPrefersDark));
        choice.addListener((obs, old, now) -> {
            applier.darkProperty().set(now.isDark(desktopPrefersDark));
            save.accept(now);
        });
    }

    /** Styles every window from now on; call on the FX thread before the main window shows. */
    public void install() {
        applier.install();
    }

    public void uninstall() {
        applier.uninstall();
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    public boolean isDark() {
        return applier.darkProperty().get();
    }

    public ThemeApplier applier() {
        return applier;
    }

    /** View → Theme: System (saying what the desktop asks for), Light, Dark. */
    public Menu menu() {
        Menu menu = new Menu("Theme");
        menu.setId(MENU_ID);
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice option : ThemeChoice.values()) {
            String label = option == ThemeChoice.SYSTEM
                    ? "System (" + (desktopPrefersDark ? "dark" : "light") + ")" : option.label();
            RadioMenuItem item = new RadioMenuItem(label);
            item.setId("theme-" + option.stored());
            item.setToggleGroup(group);
            item.setSelected(option == choice.get());
            item.setOnAction(e -> choice.set(option));
            choice.addListener((obs, old, now) -> item.setSelected(now == option));
            menu.getItems().add(item);
        }
        return menu;
    }
}
