package dev.summit.app;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }
}
