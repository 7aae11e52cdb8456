package dev.summit.connectors.jna;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.libvirt.jna.Libvirt;

/**
 * Builds libvirt-java's binding class on a thread of its own, beside the thread that loads JNA and
 * libvirt. JNA binds libvirt-java's {@link Libvirt} interface (about 290 functions) through a dynamic
 * proxy, which no AOT cache can keep: generating that class and looking up its methods was about
 * 50 ms of CPU in a verb's start, in series with loading JNA's native part and libvirt itself. JNA
 * asks for the proxy class of exactly this interface in its class loader, which the JDK generates
 * once and then hands out from its cache.
 */
public final class LibvirtJavaProxy {
    private static final AtomicReference<CompletableFuture<Class<?>>> BUILT = new AtomicReference<>();

    private LibvirtJavaProxy() {
    }

    /** Starts building the class, once per process; returns at once with the class to come. */
    public static CompletableFuture<Class<?>> buildAhead() {
        CompletableFuture<Class<?>> built = new CompletableFuture<>();
        if (!BUILT.compareAndSet(null, built)) {
            return BUILT.get();
        }
        LoadAhead.start("build libvirt-java's proxy", () -> {
            try {
                built.complete(build());
            } catch (RuntimeException | LinkageError e) {
                built.completeExceptionally(e);
                throw e;
            }
        });
        return built;
    }

    private static Class<?> build() {
        // Naming the interface's class does not initialize it: that (Native.load) stays with the loader.
        Class<Libvirt> binding = Libvirt.class;
        // An instance, not just the class: the class's static initializer looks up every method.
        return Proxy.newProxyInstance(binding.getClassLoader(), new Class<?>[] {binding}, (proxy, method, args) -> {
            throw new UnsupportedOperationException("built only to have the proxy class ready");
        }).getClass();
    }
}
