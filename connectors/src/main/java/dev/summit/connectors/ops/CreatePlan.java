package dev.summit.connectors.ops;

import dev.summit.connectors.ops.CreateProblem.Field;
import dev.summit.connectors.osinfo.IsoIdentity;
import dev.summit.connectors.osinfo.NotAnIsoException;
import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.osinfo.OsResources;
import dev.summit.connectors.units.ByteSize;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request resolved on this machine, before the host is asked anything: the ISO read and its OS
 * detected, osinfo's recommendations filled in where the user left a value at zero, and every
 * problem that needs no host to find.
 *
 * @param os             the chosen or detected OS; generic when neither
 * @param isoVolumeId    the ISO's volume id (empty without an ISO or when unreadable)
 * @param resources      what the guest gets: the request's figures, osinfo's or ours where it left them at zero
 * @param virtio         the OS has virtio drivers
 */
public record CreatePlan(CreateRequest request, OsEntry os, String isoVolumeId, GuestResources resources, boolean virtio,
                         List<CreateProblem> problems) {
    static final long FALLBACK_MEMORY_MIB = 1024;
    static final int FALLBACK_VCPUS = 2;
    static final long FALLBACK_DISK = 10L << 30;

    public CreatePlan {
        problems = List.copyOf(problems);
    }

    /** Memory came from osinfo or our default, so the host may lower it. */
    public boolean memoryDefault() {
        return request.memoryMiB() == 0;
    }

    public boolean vcpusDefault() {
        return request.vcpus() == 0;
    }

    public static CreatePlan of(CreateRequest request, OsInfoDb osinfo) {
        List<CreateProblem> problems = new ArrayList<>();
        GuestNames.problem(request.name()).ifPresent(p -> problems.add(new CreateProblem(Field.NAME, p)));
        String volumeId = "";
        OsEntry detected = null;
        if (request.iso() != null) {
            try {
                if (!Files.isRegularFile(request.iso()) && Files.exists(request.iso())) {
                    throw new NotAnIsoException(request.iso());
                }
                IsoIdentity iso = IsoIdentity.read(request.iso());
                volumeId = iso.volumeId();
                detected = osinfo.detect(iso).stream().findFirst().orElse(null);
            } catch (NoSuchFileException e) {
                problems.add(new CreateProblem(Field.MEDIA, "There is no file " + request.iso() + "."));
            } catch (AccessDeniedException e) {
                problems.add(new CreateProblem(Field.MEDIA, request.iso() + " cannot be read: permission denied."));
            } catch (NotAnIsoException e) {
                problems.add(new CreateProblem(Field.MEDIA, e.getMessage() + "."));
            } catch (IOException e) {
                problems.add(new CreateProblem(Field.MEDIA, request.iso() + " cannot be read: " + e.getMessage() + "."));
            }
        }
        OsEntry os = detected == null ? OsEntry.GENERIC : detected;
        if (request.osId() != null) {
            os = osinfo.find(request.osId()).orElse(null);
            if (os == null) {
                problems.add(new CreateProblem(Field.OS, "osinfo-db knows no OS '" + request.osId()
                        + "'; try 'generic' or a short id such as debian11."));
                os = OsEntry.GENERIC;
            }
        }
        OsResources recommended = os.isGeneric() ? OsResources.NONE : osinfo.recommended(os);
        long memory = request.memoryMiB() > 0 ? request.memoryMiB()
                : recommended.ramBytes() > 0 ? recommended.ramBytes() / ByteSize.MIB : FALLBACK_MEMORY_MIB;
        int vcpus = request.vcpus() > 0 ? request.vcpus() : Math.max(recommended.cpus(), FALLBACK_VCPUS);
        long disk = request.diskBytes() > 0 ? request.diskBytes()
                : recommended.storageBytes() > 0 ? recommended.storageBytes() : FALLBACK_DISK;
        if (request.memoryMiB() < 0) {
            problems.add(new CreateProblem(Field.MEMORY, "Memory must be more than 0 MiB."));
        }
        if (request.vcpus() < 0) {
            problems.add(new CreateProblem(Field.VCPUS, "A guest needs at least one vCPU."));
        }
        if (request.diskBytes() < 0) {
            problems.add(new CreateProblem(Field.DISK, "The disk must be larger than 0 GiB."));
        }
        boolean virtio = !os.isGeneric() && osinfo.supportsVirtioDisk(os);
        return new CreatePlan(request, os, volumeId, new GuestResources(memory, vcpus, disk), virtio, problems);
    }
}
