#!/usr/bin/env bash
# Installs (if missing) and starts a local PostgreSQL for the persistence tests, with password "postgres"
# for user postgres on 127.0.0.1. Idempotent; runs as root on Debian 12 without systemd; prints only errors.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi

read -r version cluster port status _ <<<"$(pg_lsclusters -h | head -n 1)"
if [ -z "${version:-}" ]; then
  pg_createcluster --start "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main >/dev/null
  read -r version cluster port status _ <<<"$(pg_lsclusters -h | head -n 1)"
fi

if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start >/dev/null
fi

# Wait until the server accepts connections (start can return before it does).
for _ in $(seq 1 60); do
  if su postgres -c "pg_isready -q -h 127.0.0.1 -p $port"; then
    break
  fi
  sleep 0.5
done

su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1 -c \"ALTER USER postgres WITH PASSWORD 'postgres';\"" >/dev/null
