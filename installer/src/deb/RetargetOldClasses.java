import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Package build step (run by build-package.sh with the JDK 25 it packages from, as a source file):
 * rewrites the Java 5 class files in a jar as Java 8 class files with stack maps, in place.
 * Why: the JVM leaves class files older than version 50 out of an AOT cache ("Old class has been
 * linked"), so picocli (built for Java 5) was loaded, verified and interpreted afresh by every
 * `summit` verb, together with every Summit class that extends or calls it through a lambda.
 * The bytecode itself is unchanged; only the version and the stack map frames the new version
 * requires are written, by the JDK's class-file API. A jar without old classes is left untouched.
 *   java RetargetOldClasses.java JAR...
 */
public final class RetargetOldClasses {
    private static final int FIRST_VERSION_WITH_STACK_MAPS = 50;
    private static final int TARGET_VERSION = 52;

    public static void main(String[] jars) throws IOException {
        for (String jar : jars) {
            int changed = retarget(Path.of(jar));
            if (changed > 0) {
                System.err.printf("retarget: %s: %d class files from Java 5 to Java 8%n", Path.of(jar).getFileName(), changed);
            }
        }
    }

    private static int retarget(Path jar) throws IOException {
        Path rewritten = Files.createTempFile(jar.getParent(), ".retarget-", ".jar");
        int changed = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             ZipFile zip = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(rewritten);
             ZipOutputStream out = new ZipOutputStream(file)) {
            // Stack maps need the common super class of two types: the JDK's own, then the jar's.
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < FIRST_VERSION_WITH_STACK_MAPS) {
                    bytes = classFile.transformClass(classFile.parse(bytes),
                            ClassTransform.dropping(element -> element instanceof ClassFileVersion)
                                    .andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL))
                                    .andThen(ClassTransform.endHandler(builder -> builder.withVersion(TARGET_VERSION, 0))));
                    changed++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (changed > 0) {
            Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(rewritten);
        }
        return changed;
    }

    private static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
