// Where a running server's memory goes: `npx tsx server/operations/heap-report.ts <pid> [--snapshot FILE]
// [--port 9229] [--min-mb 2] [--depth 8]`, or `… --read FILE` to summarise a snapshot taken before. It prints the
// process's resident set (anonymous and file-backed), then, through the inspector (opened with SIGUSR1 when not
// open yet), process.memoryUsage() and V8's heap spaces, takes a heap snapshot, and prints self size by constructor
// and the dominator tree: which objects keep how many MB alive.
import { readFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mb, readHeapSnapshot, summarise } from './heap-snapshot.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    snapshot: { type: 'string' },
    read: { type: 'string' },
    port: { type: 'string', default: '9229' },
    'min-mb': { type: 'string', default: '2' },
    depth: { type: 'string', default: '8' },
    top: { type: 'string', default: '30' },
  },
});

/** A client of the inspector protocol over its WebSocket (Node's own WebSocket). */
async function inspector(port: number) {
  const list = (await fetch(`http://127.0.0.1:${port}/json/list`).then((r) => r.json())) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(list[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, (params: Record<string, unknown>) => void>();
  ws.onmessage = (event) => {
    const msg = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown; method?: string; params?: Record<string, unknown> };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? Promise.reject(new Error(JSON.stringify(msg.error))) : msg.result);
    else if (msg.method) listeners.get(msg.method)?.(msg.params ?? {});
  };
  return {
    send: (method: string, params: Record<string, unknown> = {}) =>
      new Promise<unknown>((resolve) => {
        pending.set(++id, resolve);
        ws.send(JSON.stringify({ id, method, params }));
      }),
    on: (method: string, fn: (params: Record<string, unknown>) => void) => listeners.set(method, fn),
    close: () => ws.close(),
  };
}

async function openInspector(pid: number, port: number) {
  const open = () => fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false);
  if (!(await open())) {
    process.kill(pid, 'SIGUSR1');
    for (let i = 0; i < 50 && !(await open()); i++) await new Promise((r) => setTimeout(r, 100));
  }
  const client = await inspector(port);
  const evaluate = async (expression: string) =>
    ((await client.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } }).result.value;
  if ((await evaluate('process.pid')) !== pid) throw new Error(`the inspector on port ${port} is another process's`);
  return { client, evaluate };
}

function residentSet(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) * 1024;
  return `RSS ${mb(kb('VmRSS'))} MB (peak ${mb(kb('VmHWM'))}): anonymous ${mb(kb('RssAnon'))}, files ${mb(kb('RssFile'))}; threads ${/Threads:\s+(\d+)/.exec(status)?.[1]}`;
}

function printSummary(file: string) {
  const started = Date.now();
  const snapshot = readHeapSnapshot(file);
  const summary = summarise(snapshot, { top: Number(values.top), minBytes: Number(values['min-mb']) * 1048576, depth: Number(values.depth) });
  console.log(`\nHeap snapshot ${file}: ${snapshot.nodeCount.toLocaleString('en')} objects, ${mb(summary.total)} MB (read in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log('\nSelf size by constructor or type:');
  for (const r of summary.byLabel) console.log(`  ${mb(r.self).padStart(8)} MB  ${String(r.count).padStart(9)}  ${r.label}`);
  console.log(`\nWhat keeps it alive (dominator tree, retained ≥ ${values['min-mb']} MB):`);
  for (const line of summary.tree) console.log(`  ${line}`);
}

if (values.read) printSummary(values.read);
else {
  const pid = Number(positionals[0]);
  if (!pid) throw new Error('usage: heap-report.ts <pid> [--snapshot FILE] | --read FILE');
  console.log(residentSet(pid));
  const { client, evaluate } = await openInspector(pid, Number(values.port));
  const usage = (await evaluate(`(() => {
    const v8 = process.getBuiltinModule('node:v8');
    return { usage: process.memoryUsage(), heap: v8.getHeapStatistics(), spaces: v8.getHeapSpaceStatistics() };
  })()`)) as { usage: Record<string, number>; heap: Record<string, number>; spaces: { space_name: string; space_size: number; space_used_size: number }[] };
  console.log(`process.memoryUsage(): ${Object.entries(usage.usage).map(([k, v]) => `${k} ${mb(v)}`).join(', ')} (MB)`);
  const h = usage.heap;
  console.log(`V8 heap: used ${mb(h.used_heap_size!)} of ${mb(h.total_heap_size!)} MB (physical ${mb(h.total_physical_size!)}, limit ${mb(h.heap_size_limit!)}); malloced ${mb(h.malloced_memory!)}, external ${mb(h.external_memory ?? 0)}`);
  console.log(`  spaces: ${usage.spaces.map((s) => `${s.space_name.replace('_space', '')} ${mb(s.space_used_size)}/${mb(s.space_size)}`).join(', ')}`);
  const file = values.snapshot ?? path.join(tmpdir(), `heap-${pid}-${Date.now()}.heapsnapshot`);
  const out = createWriteStream(file);
  client.on('HeapProfiler.addHeapSnapshotChunk', (p) => out.write(p.chunk as string));
  await client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await new Promise((resolve) => out.end(resolve));
  client.close();
  console.log(`After the snapshot: ${residentSet(pid)}`);
  printSummary(file);
}
