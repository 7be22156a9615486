#!/usr/bin/env bash
# Makes sure a local PostgreSQL 15 runs and has the role Regie's tests and benchmarks use.
# Prints the connection string (without database) on stdout: Host=localhost;Port=5432;Username=regie;Password=regie
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian package)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='regie'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"create role regie login superuser password 'regie'\"" >&2
echo "Host=localhost;Port=5432;Username=regie;Password=regie"
