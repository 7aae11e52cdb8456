package dev.summit.connectors.jna;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.libvirt.jna.Libvirt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds libvirt-java's binding class on a thread of its own, beside the thread that loads JNA and
 * libvirt. JNA binds libvirt-java's {@link Libvirt} interface (about 290 functions) through a dynamic
 * proxy, which no AOT cache can keep: generating that class and looking up its methods was about
 * 50 ms of CPU in a verb's start, in series with loading JNA's native part and libvirt itself. JNA
 * asks for the proxy class of exactly this interface in its class loader, which the JDK generates
 * once and then hands out from its cache.
 */
public final class LibvirtJavaProxy {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtJavaProxy.class);
    private static final AtomicReference<CompletableFuture<Class<?>>> BUILT = new AtomicReference<>();

    private LibvirtJavaProxy() {
    }

    /** Starts building the class, once per process; returns at once with the class to come. */
    public static CompletableFuture<Class<?>> buildAhead() {
        CompletableFuture<Class<?>> built = new CompletableFuture<>();
        if (!BUILT.compareAndSet(null, built)) {
            return BUILT.get();
        }
        Thread thread = new Thread(() -> build(built), "build libvirt-java's proxy");
        thread.setDaemon(true);
        thread.start();
        return built;
    }

    private static void build(CompletableFuture<Class<?>> built) {
        try {
            // Naming the interface's class does not initialize it: that (Native.load) stays with the loader.
            Class<Libvirt> binding = Libvirt.class;
            // An instance, not just the class: the class's static initializer looks up every method.
            Object unused = Proxy.newProxyInstance(binding.getClassLoader(), new Class<?>[] {binding},
                    (proxy, method, args) -> {
                        throw new UnsupportedOperationException("built only to have the proxy class ready");
                    });
            built.complete(unused.getClass());
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("building libvirt-java's proxy ahead failed: {}", e.toString()); // the real load reports it
            built.completeExceptionally(e);
        }
    }
}
