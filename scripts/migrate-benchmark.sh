#!/usr/bin/env bash
# ./run-benchmarks migrate: one idle KVM guest on the two-host fixture, moved live by Summit and by
# virsh in turns; prints the medians side by side. Builds the fixture and tears it down again.
set -euo pipefail
SUMMIT_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
FIXTURE=$SUMMIT_ROOT/scripts/two-hosts.sh
GUEST=mig-bench

eval "$("$FIXTURE" up)"
trap '"$FIXTURE" down' EXIT
virt=qemu; [[ -c /dev/kvm ]] && { : <>/dev/kvm; } 2>/dev/null && virt=kvm
qemu-img create -q -f qcow2 "$MIG_SHARED/$GUEST.qcow2" 64M
xml=$(mktemp --suffix=.xml)
cat >"$xml" <<XML
<domain type='$virt'>
  <name>$GUEST</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='cdrom'/></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2' cache='none'/>
      <source file='$MIG_SHARED/$GUEST.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/>
      <source file='$MIG_SHARED/boot.iso'/><target dev='hdc' bus='ide'/><readonly/></disk>
    <graphics type='vnc' autoport='yes'/>
    <video><model type='vga'/></video>
  </devices>
</domain>
XML
virsh -q -c "$MIG_A_URI" define "$xml" >/dev/null
rm -f "$xml"
virsh -q -c "$MIG_A_URI" start "$GUEST" >/dev/null
sleep 3   # past SeaBIOS; GRUB keeps drawing, which is fine: both sides move the same guest
classpath=$(<"$SUMMIT_ROOT/app/target/runtime-classpath.txt")
jvm_opts=()
read -r -a jvm_opts <<<"${SUMMIT_JAVA_OPTS:-}"
"$JAVA_HOME/bin/java" "${jvm_opts[@]}" -cp "$SUMMIT_ROOT/app/target/classes:$SUMMIT_ROOT/app/target/test-classes:$classpath" \
  dev.summit.app.cli.bench.MigrateBenchmarkCommand --from "$MIG_A_URI" --to "$MIG_B_URI" --guest "$GUEST" "$@"
