/**
 * Measuring tools for the benchmark: running a command while sampling the memory of its whole
 * process tree, and sizing a built site.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

let clockTicks: number | undefined;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks: this process and its reaped children. */
  cpuTicks: number;
}

/** Every live process's parent and CPU time, from /proc/<pid>/stat. */
function processTable(): Map<number, ProcStat> {
  const table = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid … utime stime cutime cstime …": comm may hold spaces and parentheses,
    // the last ")" ends it; after it, fields 3, 4, … of proc(5) start at index 0.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    table.set(Number(name), { ppid: Number(fields[1]), cpuTicks: ticks });
  }
  return table;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Summed RSS of `root` and all its descendants, how many processes that is, and the CPU time the
 * tree has used so far (live processes plus the children they have reaped).
 */
export function treeSample(root: number): { bytes: number; processes: number; cpuMs: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const pids = table.has(root) ? [root] : [];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  const ticks = pids.reduce((sum, pid) => sum + table.get(pid)!.cpuTicks, 0);
  return { bytes: pids.reduce((sum, pid) => sum + rssBytes(pid), 0), processes: pids.length, cpuMs: (ticks * 1000) / ticksPerSecond() };
}

export interface RunResult {
  code: number;
  wallMs: number;
  /** Peak of the summed RSS of the process tree, sampled every `intervalMs`. */
  peakRssBytes: number;
  /** The largest sample taken from `fromMs` to `toMs` after the start (a phase's peak, once the run is over). */
  peakRssBetween(fromMs: number, toMs: number): number;
  /** Most processes seen in the tree at once. */
  peakProcesses: number;
  /** CPU time (user + system) of the tree at the last sample: a lower bound, short by at most one interval's worth. */
  cpuMs: number;
  samples: number;
}

/**
 * Runs `command args` with stdout and stderr written to `logFile`, sampling the tree's memory.
 * The log goes straight to the file, so this process does nothing but sample meanwhile.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; intervalMs?: number },
): Promise<RunResult> {
  const fd = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] });
  let peakRssBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  let cpuMs = 0;
  const timeline: { ms: number; bytes: number }[] = [];
  const peakRssBetween = (fromMs: number, toMs: number) =>
    timeline.reduce((peak, point) => (point.ms >= fromMs && point.ms < toMs ? Math.max(peak, point.bytes) : peak), 0);
  const sample = () => {
    if (!child.pid) return;
    const tree = treeSample(child.pid);
    samples++;
    timeline.push({ ms: performance.now() - started, bytes: tree.bytes });
    peakRssBytes = Math.max(peakRssBytes, tree.bytes);
    peakProcesses = Math.max(peakProcesses, tree.processes);
    cpuMs = Math.max(cpuMs, tree.cpuMs);
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(fd);
      fail(error);
    });
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      closeSync(fd);
      done({ code: code ?? 1, wallMs, peakRssBytes, peakRssBetween, peakProcesses, cpuMs, samples });
    });
  });
}

/** Every file under `dir`, recursively. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

export function sizeOf(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).byteLength;
}

export interface SiteSizes {
  /** index.html files written. */
  pages: number;
  distBytes: number;
  /** Everything under dist/pagefind. */
  indexBytes: number;
  /** The index proper (pf_meta, pf_index, pf_filter, pf_fragment, entry), without Pagefind's JS, worker, wasm and UIs. */
  indexDataBytes: number;
  indexFiles: number;
}

export function siteSizes(dist: string): SiteSizes {
  const files = listFiles(dist);
  const index = listFiles(join(dist, 'pagefind'));
  const data = index.filter((file) => /\.pf_(meta|index|filter|fragment)$|pagefind-entry\.json$/.test(file));
  return {
    pages: files.filter((file) => file.endsWith('/index.html') || file === join(dist, 'index.html')).length,
    distBytes: sizeOf(files),
    indexBytes: sizeOf(index),
    indexDataBytes: sizeOf(data),
    indexFiles: index.length,
  };
}
