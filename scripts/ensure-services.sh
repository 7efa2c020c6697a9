#!/usr/bin/env bash
# Checks that the shared services the tests need answer on loopback; starts any that stopped,
# with the commands of this machine's image. Fails loudly if one still does not answer.
set -u
answers() { python3 - "$1" <<'PY'
import socket, sys
s = socket.socket(); s.settimeout(1)
sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)
PY
}
wait_for() { for _ in $(seq 1 60); do answers "$1" && return 0; sleep 1; done; return 1; }
status=0
if ! answers 5432; then
  echo "PostgreSQL is down; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
if ! answers 6379; then
  echo "Redis is down; starting it"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
fi
if ! answers 5672; then
  echo "RabbitMQ is down; starting it"
  rabbitmq-server -detached || true
fi
for spec in 5432:PostgreSQL 6379:Redis 5672:RabbitMQ; do
  port=${spec%%:*}; name=${spec#*:}
  if wait_for "$port"; then echo "$name answers on 127.0.0.1:$port"; else echo "FATAL: $name does not answer on 127.0.0.1:$port"; status=1; fi
done
exit $status
