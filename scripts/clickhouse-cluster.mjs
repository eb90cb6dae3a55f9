#!/usr/bin/env node
// A throw-away ClickHouse cluster on this machine: two server processes on
// free loopback ports, each with its own data directory and config under DIR,
// and a cluster `fairgate` of two shards (one per server) for Distributed tables.
//
//   node scripts/clickhouse-cluster.mjs start DIR   # prints {"ports":[p1,p2],"cluster":"fairgate"}
//   node scripts/clickhouse-cluster.mjs stop DIR    # stops both servers and removes DIR
//
// Needs Debian's clickhouse-server and clickhouse-client (18.16). Nothing is
// written outside DIR; the servers listen on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const [command, dir] = process.argv.slice(2);
if (!['start', 'stop'].includes(command ?? '') || !dir) {
  process.stderr.write('usage: node scripts/clickhouse-cluster.mjs start|stop DIR\n');
  process.exit(2);
}
const state = path.join(path.resolve(dir), 'cluster.json');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function config(home, port, ports) {
  const shards = ports.map((p) => `<shard><replica><host>127.0.0.1</host><port>${p}</port></replica></shard>`).join('');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${home}/server.log</log><errorlog>${home}/server.err.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${port}</tcp_port>
  <path>${home}/data/</path>
  <tmp_path>${home}/tmp/</tmp_path>
  <user_files_path>${home}/user_files/</user_files_path>
  <format_schema_path>${home}/format_schemas/</format_schema_path>
  <users_config>${home}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <query_log><database>system</database><table>query_log</table></query_log>
  <remote_servers><fairgate>${shards}</fairgate></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`;

const isUp = (port) => spawnSync('clickhouse-client', ['--host', '127.0.0.1', '--port', String(port), '-q', 'SELECT 1'], { encoding: 'utf8' }).stdout.trim() === '1';
// Alive and still our server (a pid of a stopped server may have been reused).
const isAlive = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.resolve(dir));
  } catch {
    return false;
  }
};

async function start() {
  const root = path.resolve(dir);
  const ports = [await freePort(), await freePort()];
  const pids = [];
  for (const [i, port] of ports.entries()) {
    const home = path.join(root, `server${i + 1}`);
    mkdirSync(home, { recursive: true });
    writeFileSync(path.join(home, 'config.xml'), config(home, port, ports));
    writeFileSync(path.join(home, 'users.xml'), USERS);
    const out = openSync(path.join(home, 'stdout.log'), 'a');
    const child = spawn('clickhouse-server', [`--config-file=${path.join(home, 'config.xml')}`], { detached: true, stdio: ['ignore', out, out] });
    child.unref();
    pids.push(child.pid);
  }
  writeFileSync(state, JSON.stringify({ ports, pids }));
  for (let tries = 0; !ports.every(isUp); tries++) {
    const dead = pids.findIndex((pid) => !isAlive(pid));
    if (dead >= 0 || tries > 120) {
      const log = path.join(root, `server${(dead >= 0 ? dead : 0) + 1}`, 'server.err.log');
      process.stderr.write(`clickhouse-cluster: server ${dead >= 0 ? dead + 1 : ''} did not start; see ${log}\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''}\n`);
      await stop();
      process.exit(1);
    }
    await sleep(500);
  }
  process.stdout.write(`${JSON.stringify({ ports, cluster: 'fairgate' })}\n`);
}

async function stop() {
  if (existsSync(state)) {
    const { pids } = JSON.parse(readFileSync(state, 'utf8'));
    for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGTERM');
    for (let tries = 0; pids.some(isAlive); tries++) {
      if (tries === 60) for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      await sleep(250);
    }
  }
  rmSync(path.resolve(dir), { recursive: true, force: true });
}

await (command === 'start' ? start() : stop());
