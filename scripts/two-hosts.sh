#!/usr/bin/env bash
# Two libvirt "hosts" on this one machine, for Summit's migration tests: hostA and hostB, each a
# set of namespaces (mount, UTS, net, cgroup) with its own virtlogd, libvirtd (tcp, no auth) and
# sshd (key only), sharing one storage directory that libvirt treats as shared (a FUSE
# pass-through with the glusterfs subtype), so migration needs no --unsafe. hostB also listens on
# TLS, with a CA and certificates the script makes under $BASE/tls (never the machine's /etc/pki);
# clients name theirs with libvirt's pkipath URI parameter.
#
#   two-hosts.sh up          build both hosts (idempotent); prints shell exports of the URIs, and
#                            MIG_BUILT=yes when this call built them (not when they were up already)
#   two-hosts.sh down        stop everything this script started, by PID; remove its state
#                            (up and down wait for each other: one at a time, machine-wide)
#   two-hosts.sh env         the URIs as shell exports
#   two-hosts.sh cut|mend    take hostB's network link down / up (a destination lost mid-way);
#                            mend also lifts a slow link
#   two-hosts.sh slow RATE   cap traffic into hostB, e.g. 2mbit: a migration then lasts seconds
#   two-hosts.sh exec H CMD  run CMD inside host H
#   two-hosts.sh start-libvirtd H   start host H's libvirtd again (after a test stopped or killed it)
#
# Names are prefixed so the fixture can sit beside anything else on the machine: state under
# $SUMMIT_MIG_BASE (default /tmp/mig-summit), cgroups mig-summit-<host>, root link mig-summit0,
# subnet 10.250.77.0/24. Needs root, bindfs, fuse3, openssh-server, libvirt-daemon-system, tini.
set -Eeuo pipefail

BASE=${SUMMIT_MIG_BASE:-/tmp/mig-summit}
STATE=$BASE/state
SHARED=$BASE/shared
BACKING=$BASE/shared-backing
SSHDIR=$BASE/ssh
TLSDIR=$BASE/tls
SELF=$(readlink -f "${BASH_SOURCE[0]}")
HOSTS=(hostA hostB)
NET=10.250.77
declare -A ADDR=([hostA]=$NET.1 [hostB]=$NET.2)
# libvirt refuses a migration between hosts with the same host UUID, so each gets its own.
declare -A HOST_UUID=([hostA]=5b1e7a30-0c55-4e0f-9a51-3d0c6a0e7a01 [hostB]=5b1e7a30-0c55-4e0f-9a51-3d0c6a0e7a02)
ROOT_IF=mig-summit0
ROOT_ADDR=$NET.254
CGROUP_PREFIX=mig-summit-

note() { printf 'two-hosts: %s\n' "$*" >&2; }
fail() { note "$*"; exit 1; }

socket_of() { echo "$STATE/$1/run/libvirt/libvirt-sock"; }
unix_uri()  { echo "qemu+unix:///system?socket=$(socket_of "$1")"; }
tcp_uri()   { echo "qemu+tcp://${ADDR[$1]}/system"; }
# command= runs our own ssh wrapper (own key, no known_hosts), so root's ~/.ssh stays untouched;
# no socket= parameter, which would make libvirt use nc on the far end.
ssh_uri()   { echo "qemu+ssh://root@${ADDR[$1]}/system?command=$SSHDIR/ssh"; }
# pkipath: the client's cacert.pem, clientcert.pem and clientkey.pem, in the fixture's own directory
tls_uri()   { echo "qemu+tls://${ADDR[$1]}/system?pkipath=$TLSDIR/client"; }

running() { [[ -n ${1:-} && -e /proc/$1 ]] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }
pid_in()  { [[ -s $1 ]] && tr -dc 0-9 <"$1" || true; }
ns_of()   { readlink "/proc/$1/ns/$2" 2>/dev/null || true; }

# Stops PID only while it still lives in the namespace we made (a recycled PID is someone else's).
stop_pid() {
  local pid=$1 ns=${2:-} kind=${3:-uts} i
  running "$pid" || return 0
  [[ -n $ns && $(ns_of "$pid" "$kind") != "$ns" ]] && return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 80; i++)); do running "$pid" || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do running "$pid" || return 0; sleep 0.1; done
}

# "mount-point fstype options" of each cgroup hierarchy of the machine.
cgroup_mounts() {
  awk '{ for (i = 7; i <= NF; i++) if ($i == "-") { t = $(i+1); o = $(i+3); break }
         if (t == "cgroup" || t == "cgroup2") print $5, t, o }' /proc/1/mountinfo
}

# Each host's cgroup namespace is rooted at <hierarchy>/mig-summit-<host>; without it both
# libvirtds would name their first guest's cgroup alike and tear down each other's.
# Daemons sit in .../daemons: v2 forbids processes in a cgroup whose children have controllers.
cgroups_make() {
  local mp t o dir
  while read -r mp t o; do
    for dir in "$mp/$CGROUP_PREFIX$1" "$mp/$CGROUP_PREFIX$1/daemons"; do
      mkdir -p "$dir"
      if [[ $t == cgroup && ,$o, == *,cpuset,* ]]; then
        cat "$mp/cpuset.cpus" >"$dir/cpuset.cpus"; cat "$mp/cpuset.mems" >"$dir/cpuset.mems"
      fi
    done
  done < <(cgroup_mounts)
}
cgroups_enter() {  # HOST PID [SUBDIR]
  local mp t o
  while read -r mp t o; do echo "$2" >"$mp/$CGROUP_PREFIX$1${3:+/$3}/cgroup.procs"; done < <(cgroup_mounts)
}
cgroups_remove() {
  local mp t o dir i
  while read -r mp t o; do
    dir=$mp/$CGROUP_PREFIX$1
    for ((i = 0; i < 40; i++)); do
      [[ -d $dir ]] || break
      find "$dir" -depth -type d -exec rmdir {} \; 2>/dev/null || sleep 0.2
    done
  done < <(cgroup_mounts)
}

# Inside the new namespaces: the host's private view of the machine, then sleep holding it.
host_namespace_main() {
  local h=$1 d=$STATE/$1 mp t o opts mounts
  hostname "$h"
  mount --make-rprivate /
  mounts=$(cgroup_mounts)
  mount -t sysfs -o nosuid,nodev,noexec sysfs /sys   # else /sys/class/net shows the machine's links
  mount -t tmpfs -o mode=755,nosuid,nodev,noexec cgroup-root /sys/fs/cgroup
  while read -r mp t o; do
    mkdir -p "$mp"
    if [[ $t == cgroup2 ]]; then
      mount -t cgroup2 cgroup2 "$mp"
    else
      opts=$(tr , '\n' <<<"$o" | grep -vxE 'rw|ro' | paste -sd, -)
      [[ $opts == name=* ]] && opts="none,$opts"
      mount -t cgroup -o "$opts" cgroup "$mp"
    fi
    [[ -d $mp/daemons ]] && echo $$ >"$mp/daemons/cgroup.procs"
  done <<<"$mounts"
  # private /run: libvirtd.pid, virtlogd.pid and the sockets would collide with the machine's
  mount --bind "$d/run" /run
  mount --bind "$d/etc-libvirt" /etc/libvirt
  mount --bind "$d/var-lib" /var/lib/libvirt
  mount --bind "$d/var-cache" /var/cache/libvirt
  mount --bind "$d/var-log" /var/log/libvirt
  mount --bind "$d/hosts" /etc/hosts
  mount --bind "$d/hostname" /etc/hostname
  ip link set lo up
  echo $$ >"$d/anchor.pid"
  exec -a "mig-summit-$h" sleep infinity
}

start_host_namespaces() {
  local h=$1 d=$STATE/$1 i pid
  cgroups_make "$h"
  setsid "$SELF" __enter "$h" </dev/null >>"$d/anchor.log" 2>&1 &
  for ((i = 0; i < 100; i++)); do [[ -s $d/anchor.pid ]] && break; sleep 0.1; done
  pid=$(pid_in "$d/anchor.pid")
  running "$pid" || fail "$h did not start, see $d/anchor.log"
  ns_of "$pid" uts >"$d/anchor.uts"
}

start_switch() {
  local d=$STATE/switch i pid
  mkdir -p "$d"
  setsid unshare --net -- bash -c 'echo $$ >"$1"; exec -a mig-summit-switch sleep infinity' _ "$d/anchor.pid" \
    </dev/null >/dev/null 2>&1 &
  for ((i = 0; i < 50; i++)); do [[ -s $d/anchor.pid ]] && break; sleep 0.1; done
  pid=$(pid_in "$d/anchor.pid")
  running "$pid" || fail "switch did not start"
  ns_of "$pid" net >"$d/anchor.net"
  nsenter -t "$pid" -n ip link set lo up
  nsenter -t "$pid" -n ip link add br0 type bridge forward_delay 0 stp_state 0
  nsenter -t "$pid" -n ip link set br0 up
}

in_host() {
  local h=$1 pid; shift
  pid=$(pid_in "$STATE/$h/anchor.pid")
  running "$pid" || fail "$h is not up"
  (cgroups_enter "$h" "$BASHPID" daemons; cd /; exec nsenter -t "$pid" -m -u -n -C -- "$@")
}

# libvirtd in the foreground under tini as a subreaper, -l to listen on tcp as configured. A guest's
# QEMU is double-forked, so it is an orphan: without a subreaper it goes to PID 1, which in some
# containers and sandboxes reaps only once a second, and libvirt waits for that reap at every guest
# stop (a destroy took 2 s, a migration's Confirm step 1.5 s). tini reaps at once, as systemd does.
start_libvirtd() {
  in_host "$1" setsid -f tini -s -- libvirtd -l </dev/null >/dev/null 2>&1
}

# libvirt counts a fuse.glusterfs mount as shared storage (like NFS): plain ext4 is "unsafe",
# and forcing --unsafe there makes the source chown the image back to root under the destination.
shared_up() {
  mkdir -p "$SHARED" "$BACKING"; chmod 755 "$SHARED" "$BACKING"
  mountpoint -q "$SHARED" && fail "$SHARED is already mounted; run: $0 down"
  setsid bindfs -f -o subtype=glusterfs "$BACKING" "$SHARED" </dev/null >>"$STATE/bindfs.log" 2>&1 &
  echo $! >"$STATE/bindfs.pid"
  local i
  for ((i = 0; i < 50; i++)); do grep -q " $SHARED fuse.glusterfs " /proc/1/mounts && return 0; sleep 0.1; done
  fail "bindfs could not mount $SHARED, see $STATE/bindfs.log"
}

shared_down() {
  local pid
  if grep -q " $SHARED fuse" /proc/1/mounts; then umount "$SHARED" 2>/dev/null || umount -l "$SHARED" || true; fi
  pid=$(pid_in "$STATE/bindfs.pid")
  if running "$pid" && grep -qa bindfs "/proc/$pid/cmdline"; then stop_pid "$pid"; fi
}

# Comments out KEY's existing lines in FILE and appends ours.
configure() {
  local file=$1; shift
  while (($#)); do
    sed -i -E "s/^[[:space:]]*($1[[:space:]]*=)/#\1/" "$file"
    echo "$1 = $2" >>"$file"
    shift 2
  done
}

prepare_ssh_client() {
  mkdir -p "$SSHDIR"
  [[ -f $SSHDIR/id_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C summit-two-hosts -f "$SSHDIR/id_ed25519"
  cp "$SSHDIR/id_ed25519.pub" "$SSHDIR/authorized_keys"
  printf 'Host *\n  IdentityFile %s/id_ed25519\n  IdentitiesOnly yes\n  UserKnownHostsFile /dev/null\n  StrictHostKeyChecking no\n  BatchMode yes\n  LogLevel ERROR\n' \
    "$SSHDIR" >"$SSHDIR/ssh_config"
  printf '#!/bin/sh\nexec /usr/bin/ssh -F %s/ssh_config "$@"\n' "$SSHDIR" >"$SSHDIR/ssh"
  chmod 755 "$SSHDIR/ssh"
}

prepare_host() {
  local h=$1 d=$STATE/$1 ip=${ADDR[$1]} pool dir
  mkdir -p "$d"/{run/lock,run/sshd,var-log/qemu,ssh,var-lib,var-cache}
  chmod 755 "$d/run" "$d/run/sshd"
  # the directories of /var/lib/libvirt with their owners, none of the real host's guests
  (cd /var/lib/libvirt && find . -mindepth 1 -type d -not -path './qemu/domain-*' -printf '%m %u %g %P\n') |
    while read -r m u g p; do install -d -m "$m" -o "$u" -g "$g" "$d/var-lib/$p"; done
  chmod "$(stat -c %a /var/lib/libvirt)" "$d/var-lib"
  cp -a /var/cache/libvirt/. "$d/var-cache/" 2>/dev/null || true   # saves QEMU re-probing
  cp -a /etc/libvirt "$d/etc-libvirt"
  find "$d/etc-libvirt/qemu" -maxdepth 1 -name '*.xml' -delete
  rm -rf "$d/etc-libvirt/qemu/autostart"
  find "$d/etc-libvirt/qemu/networks/autostart" "$d/etc-libvirt/secrets" -mindepth 1 -delete 2>/dev/null || true
  # The machine's pools may point at real directories: deleting a volume on a test host would
  # delete a real file. Each host gets only its own "default" and the common "shared". A machine
  # whose libvirtd never defined a pool has no storage directory at all.
  rm -rf "$d/etc-libvirt/storage"
  mkdir -p "$d/etc-libvirt/storage/autostart"
  for pool in default shared; do
    dir=/var/lib/libvirt/images; [[ $pool == shared ]] && dir=$SHARED
    printf "<pool type='dir'><name>%s</name><uuid>%s</uuid><target><path>%s</path></target></pool>\n" \
      "$pool" "$(cat /proc/sys/kernel/random/uuid)" "$dir" >"$d/etc-libvirt/storage/$pool.xml"
    chmod 600 "$d/etc-libvirt/storage/$pool.xml"
    ln -s "/etc/libvirt/storage/$pool.xml" "$d/etc-libvirt/storage/autostart/$pool.xml"
  done
  configure "$d/etc-libvirt/libvirtd.conf" host_uuid "\"${HOST_UUID[$h]}\"" listen_tls 0 listen_tcp 1 \
    listen_addr "\"$ip\"" auth_tcp '"none"' log_outputs '"3:file:/var/log/libvirt/libvirtd.log"'
  # migration_host: the address the destination offers for the QEMU stream
  configure "$d/etc-libvirt/qemu.conf" vnc_listen '"0.0.0.0"' migration_host "\"$ip\""
  printf '127.0.0.1 localhost\n%s hostA\n%s hostB\n' "${ADDR[hostA]}" "${ADDR[hostB]}" >"$d/hosts"
  echo "$h" >"$d/hostname"
  ssh-keygen -q -t ed25519 -N '' -C "root@$h" -f "$d/ssh/host_key"
  # StrictModes no: the keys live under /tmp; UsePAM no: no PAM session in a bare namespace
  printf '%s\n' "ListenAddress $ip" "HostKey $d/ssh/host_key" "PidFile /run/sshd.pid" \
    "PermitRootLogin prohibit-password" "PasswordAuthentication no" "KbdInteractiveAuthentication no" \
    "AuthorizedKeysFile $SSHDIR/authorized_keys" "StrictModes no" "UsePAM no" "PrintMotd no" >"$d/ssh/sshd_config"
}

# A CA, hostB's server certificate (its address as subject alternative name: the client checks the
# URI's host against it) and one client certificate (libvirtd asks for one by default). libvirt
# checks the extensions: CA:TRUE and keyCertSign on the CA; digitalSignature, keyEncipherment and
# the TLS purpose on the others.
prepare_tls() {
  local ca=$TLSDIR/ca who purpose dir
  [[ -s $TLSDIR/client/clientcert.pem && -s $TLSDIR/hostB/servercert.pem ]] && return 0
  mkdir -p "$ca" "$TLSDIR/client" "$TLSDIR/hostB"; chmod 700 "$TLSDIR"
  openssl req -x509 -new -nodes -newkey rsa:2048 -days 3650 -subj "/O=Summit test fixture/CN=Summit test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$ca/cakey.pem" -out "$ca/cacert.pem" 2>/dev/null
  for who in hostB client; do
    if [[ $who == hostB ]]; then dir=$TLSDIR/hostB purpose="serverAuth
subjectAltName=IP:${ADDR[hostB]},DNS:hostB"; else dir=$TLSDIR/client purpose=clientAuth; fi
    openssl req -new -nodes -newkey rsa:2048 -subj "/O=Summit test fixture/CN=$who" \
      -keyout "$dir/${who/hostB/server}key.pem" -out "$dir/request.csr" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\n' \
      "$purpose" >"$dir/extensions.cnf"
    openssl x509 -req -in "$dir/request.csr" -CA "$ca/cacert.pem" -CAkey "$ca/cakey.pem" -CAcreateserial -days 3650 \
      -extfile "$dir/extensions.cnf" -out "$dir/${who/hostB/server}cert.pem" 2>/dev/null
    cp "$ca/cacert.pem" "$dir/cacert.pem"
  done
}

# hostB's libvirtd also listens on TLS (port 16514) with the certificates above.
configure_tls() {
  configure "$STATE/hostB/etc-libvirt/libvirtd.conf" listen_tls 1 key_file "\"$TLSDIR/hostB/serverkey.pem\"" \
    cert_file "\"$TLSDIR/hostB/servercert.pem\"" ca_file "\"$TLSDIR/hostB/cacert.pem\""
}

tls_ready() { grep -q '^listen_tls = 1' "$STATE/hostB/etc-libvirt/libvirtd.conf" 2>/dev/null; }

# A fixture an older copy of this script built has no TLS: only hostB's libvirtd restarts, with it
# (its guests keep running), rather than tearing down what another test may be using.
add_tls() {
  local i
  prepare_tls
  configure_tls
  stop_pid "$(pid_in "$STATE/hostB/run/libvirtd.pid")" "$(cat "$STATE/hostB/anchor.uts")"
  start_libvirtd hostB
  for ((i = 0; i < 300; i++)); do virsh -q -c "$(unix_uri hostB)" uri >/dev/null 2>&1 && return 0; sleep 0.1; done
  fail "libvirtd on hostB did not answer after adding TLS"
}

host_up() {
  local h=$1 d=$STATE/$1
  running "$(pid_in "$d/anchor.pid")" && running "$(pid_in "$d/run/libvirtd.pid")" &&
    running "$(pid_in "$d/run/virtlogd.pid")"
}
all_up() { running "$(pid_in "$STATE/switch/anchor.pid")" && host_up hostA && host_up hostB; }

build() {
  local h apid swpid i
  for b in libvirtd virtlogd tini virsh unshare nsenter ip ssh-keygen openssl bindfs /usr/sbin/sshd; do
    command -v "$b" >/dev/null || fail "missing $b (./run-tests installs it)"
  done
  mkdir -p "$STATE"
  prepare_ssh_client
  for h in "${HOSTS[@]}"; do prepare_host "$h"; done
  prepare_tls
  configure_tls
  shared_up   # before the hosts: their mount namespaces copy the FUSE mount
  [[ -f $SHARED/boot.iso ]] || cp /usr/lib/grub-rescue/grub-rescue-cdrom.iso "$SHARED/boot.iso"
  start_switch
  swpid=$(pid_in "$STATE/switch/anchor.pid")
  for h in "${HOSTS[@]}"; do
    start_host_namespaces "$h"
    apid=$(pid_in "$STATE/$h/anchor.pid")
    ip link add eth0 netns "$apid" type veth peer name "$h" netns "$swpid"
    nsenter -t "$swpid" -n ip link set "$h" master br0 up
    nsenter -t "$apid" -n ip addr add "${ADDR[$h]}/24" dev eth0
    nsenter -t "$apid" -n ip link set eth0 up
  done
  # the test process reaches tcp/ssh URIs through this link; the subnet leaves nowhere else
  ip link add "$ROOT_IF" type veth peer name root netns "$swpid"
  ip addr add "$ROOT_ADDR/24" dev "$ROOT_IF"
  ip link set "$ROOT_IF" up
  nsenter -t "$swpid" -n ip link set root master br0 up
  for h in "${HOSTS[@]}"; do
    in_host "$h" virtlogd -d          # before libvirtd: guests log through it
    start_libvirtd "$h"
    in_host "$h" /usr/sbin/sshd -f "$STATE/$h/ssh/sshd_config" -E /var/log/libvirt/sshd.log
  done
  for h in "${HOSTS[@]}"; do
    for ((i = 0; i < 300; i++)); do virsh -q -c "$(unix_uri "$h")" uri >/dev/null 2>&1 && break; sleep 0.1; done
    virsh -q -c "$(unix_uri "$h")" uri >/dev/null 2>&1 || fail "libvirtd on $h did not answer"
  done
}

host_down() {
  local h=$1 d=$STATE/$1 uts apid p dom
  [[ -d $d ]] || return 0
  uts=$(cat "$d/anchor.uts" 2>/dev/null || true)
  apid=$(pid_in "$d/anchor.pid")
  if running "$(pid_in "$d/run/libvirtd.pid")"; then
    for dom in $(timeout 20 virsh -c "$(unix_uri "$h")" list --name 2>/dev/null || true); do
      timeout 30 virsh -c "$(unix_uri "$h")" destroy "$dom" >/dev/null 2>&1 || true
    done
  fi
  for p in sshd libvirtd virtlogd; do stop_pid "$(pid_in "$d/run/$p.pid")" "$uts"; done
  if [[ -n $uts ]]; then   # qemu, ssh sessions, helpers: everything else in this host
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      [[ $p != "$apid" && $(ns_of "$p" uts) == "$uts" ]] && stop_pid "$p" "$uts"
    done
  fi
  stop_pid "$apid" "$uts"
  cgroups_remove "$h"
}

teardown() {
  local h
  for h in "${HOSTS[@]}"; do host_down "$h"; done
  stop_pid "$(pid_in "$STATE/switch/anchor.pid")" "$(cat "$STATE/switch/anchor.net" 2>/dev/null)" net
  ip link del "$ROOT_IF" 2>/dev/null || true   # gone already when the switch namespace went first
  shared_down
  rm -rf "$STATE" "$BACKING" "$SHARED" "$TLSDIR"
}

print_env() {
  cat <<EOF
export MIG_A_URI='$(unix_uri hostA)'
export MIG_B_URI='$(unix_uri hostB)'
export MIG_A_TCP='$(tcp_uri hostA)'
export MIG_B_TCP='$(tcp_uri hostB)'
export MIG_A_SSH='$(ssh_uri hostA)'
export MIG_B_SSH='$(ssh_uri hostB)'
export MIG_B_TLS='$(tls_uri hostB)'
export MIG_SHARED='$SHARED'
EOF
}

[[ $EUID -eq 0 ]] || fail "must run as root"
case ${1:-} in
  # One up or down at a time, machine-wide: a test JVM's "down" at exit may still be stopping
  # daemons (or a JVM halted mid-way left it running) when the next JVM's "up" looks at the pid
  # files; without the lock that "up" could reuse or rebuild a fixture the "down" then removes.
  # -o: the lock stays with flock, not with the daemons the build starts (they would hold it forever).
  up | down) flock -o -w 600 "$BASE.lock" "$SELF" "__$1" || fail "$1 failed or waited 600 s for $BASE.lock" ;;
  __up)
    if ! all_up; then
      [[ -d $STATE ]] && teardown
      if ! "$SELF" __build; then note "up failed, tearing down"; teardown; exit 1; fi
      echo "export MIG_BUILT=yes"   # this call built the fixture: its caller tears it down (TwoHosts)
    elif ! tls_ready; then
      add_tls
    fi
    print_env ;;
  __down) teardown ;;
  env) print_env ;;
  cut) nsenter -t "$(pid_in "$STATE/switch/anchor.pid")" -n ip link set hostB down ;;
  mend)
    sw=$(pid_in "$STATE/switch/anchor.pid")
    nsenter -t "$sw" -n ip link set hostB up
    nsenter -t "$sw" -n tc qdisc del dev hostB root 2>/dev/null || true ;;
  slow)
    sw=$(pid_in "$STATE/switch/anchor.pid")
    nsenter -t "$sw" -n tc qdisc replace dev hostB root tbf rate "${2:?rate, e.g. 2mbit}" burst 32kbit latency 400ms ;;
  exec) shift; h=${1:?host}; shift; in_host "$h" "$@" ;;
  start-libvirtd) start_libvirtd "${2:?host}" ;;
  __build) build ;;
  __enter)
    cgroups_enter "$2" $$   # the namespace's root is then the host's own cgroup
    exec unshare --mount --uts --net --cgroup --propagation private -- "$SELF" __namespaces "$2" ;;
  __namespaces) host_namespace_main "$2" ;;
  *) echo "usage: $0 up | down | env | cut | mend | slow RATE | exec HOST CMD... | start-libvirtd HOST" >&2; exit 2 ;;
esac
