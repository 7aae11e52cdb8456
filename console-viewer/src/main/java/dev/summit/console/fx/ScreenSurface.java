package dev.summit.console.fx;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Where the screen image sits: centred, either scaled to fit (keeping its shape) or at one remote
 * pixel per screen pixel on whole-pixel offsets, so 1:1 stays sharp. Black around it, like a monitor.
 *
 * <p>The black is one fill under the whole surface, though the image covers most of it: an opaque
 * background makes this region the node JavaFX starts each repaint from, so nothing behind it (the
 * scroll pane, its viewport, the scene's clear, its clip) is drawn. The image cannot be that node:
 * a {@code PixelBuffer} image is premultiplied ARGB, which JavaFX never takes for opaque. Painting
 * black only around the image was measured slower in the software pipeline (fewer frames, more CPU
 * per frame) for exactly that reason.
 */
final class ScreenSurface extends Region {
    private final ImageView screen;
    private boolean fit = true;

    ScreenSurface(ImageView screen) {
        this.screen = screen;
        screen.setPreserveRatio(false);
        screen.setSmooth(true);
        setBackground(Background.fill(Color.BLACK));
        getChildren().add(screen);
    }

    void setFit(boolean fit) {
        this.fit = fit;
        screen.setSmooth(fit);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        Image image = screen.getImage();
        return image == null ? 0 : image.getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        Image image = screen.getImage();
        return image == null ? 0 : image.getHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Image image = screen.getImage();
        if (image == null) {
            return;
        }
        double imageWidth = image.getWidth();
        double imageHeight = image.getHeight();
        double shownWidth = imageWidth;
        double shownHeight = imageHeight;
        if (fit && getWidth() > 0 && getHeight() > 0) {
            double scale = Math.min(getWidth() / imageWidth, getHeight() / imageHeight);
            shownWidth = Math.max(1, Math.floor(imageWidth * scale));
            shownHeight = Math.max(1, Math.floor(imageHeight * scale));
        }
        screen.setFitWidth(shownWidth);
        screen.setFitHeight(shownHeight);
        screen.relocate(Math.floor(Math.max(0, (getWidth() - shownWidth) / 2)),
                Math.floor(Math.max(0, (getHeight() - shownHeight) / 2)));
    }
}
