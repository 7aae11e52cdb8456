#!/usr/bin/env bash
# Writes the package's /usr/share/doc/summit/copyright from the About dialog's list of shipped
# components (shipped.properties, versions filled in by Maven), so the two never disagree.
set -euo pipefail
props=$1
cat <<HEAD
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Summit
Comment: Summit ships its own Java runtime and these libraries under /opt/summit.

Files: *
Copyright: The Summit developers
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.

Files: opt/summit/lib/runtime/*
Copyright: Oracle and/or its affiliates, and the OpenJDK contributors
License: GPL-2.0 with Classpath Exception
 See opt/summit/lib/runtime/legal/ for the notices of each module.
HEAD
keys=$(sed -n 's/^components=//p' "$props" | tr ',' ' ')
for key in $keys; do
  IFS='|' read -r name version licence url _artifacts < <(sed -n "s/^$key=//p" "$props")
  printf '\nFiles: (%s %s)\nCopyright: the %s authors, %s\nLicense: %s\n' "$name" "$version" "$name" "$url" "$licence"
done
