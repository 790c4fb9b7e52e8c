// A V8 heap snapshot (.heapsnapshot) read into typed arrays and summarised: self size by constructor, and the
// dominator tree (what each object keeps alive: its retained size) from the GC roots down, where the memory goes.
// Read by streaming the file: a snapshot of a large heap is more text than one JavaScript string can hold.
import { closeSync, openSync, readSync } from 'node:fs';

export interface HeapSnapshot {
  nodeCount: number;
  /** Per node: type index, name (string index), self size, first edge, edge count. */
  type: Uint8Array;
  name: Uint32Array;
  self: Float64Array;
  firstEdge: Uint32Array;
  edgeCount: Uint32Array;
  /** Per edge: type index, name or index, target node. */
  edgeType: Uint8Array;
  edgeName: Uint32Array;
  edgeTo: Uint32Array;
  nodeTypes: string[];
  edgeTypes: string[];
  strings: string[];
}

const BLOCK = 16 << 20;

/** Reads the file a block at a time, handing bytes to a parser that says how far it got. */
class Reader {
  private fd: number;
  private buf = Buffer.alloc(0);
  private at = 0;
  private done = false;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
  }

  /** The next byte, without moving on (-1 at the end). */
  peek(): number {
    if (this.at >= this.buf.length && !this.fill()) return -1;
    return this.buf[this.at];
  }

  next(): number {
    const b = this.peek();
    this.at++;
    return b;
  }

  /** Moves past the first occurrence of `text`. */
  skipPast(text: string): void {
    const needle = Buffer.from(text);
    for (;;) {
      const i = this.buf.indexOf(needle, this.at);
      if (i >= 0) {
        this.at = i + needle.length;
        return;
      }
      this.at = Math.max(this.at, this.buf.length - needle.length);
      if (!this.fill()) throw new Error(`no ${text} in the snapshot`);
    }
  }

  /** Non-negative integers separated by commas up to `]`, into `push`. */
  numbers(push: (n: number) => void): void {
    let n = 0;
    let digits = false;
    for (;;) {
      if (this.at >= this.buf.length && !this.fill()) throw new Error('the snapshot ends inside a number array');
      const { buf } = this;
      const end = buf.length;
      let i = this.at;
      for (; i < end; i++) {
        const c = buf[i];
        if (c >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          digits = true;
        } else if (c === 44 || c === 93) {
          if (digits) push(n);
          n = 0;
          digits = false;
          if (c === 93) {
            this.at = i + 1;
            return;
          }
        }
      }
      this.at = i;
    }
  }

  /** JSON strings separated by commas up to `]`. */
  strings(): string[] {
    const out: string[] = [];
    for (;;) {
      let c = this.next();
      while (c === 44 || c === 10 || c === 32) c = this.next();
      if (c === 93 || c === -1) return out;
      // c is the opening quote: find the closing one, skipping escapes.
      const parts: Buffer[] = [];
      let start = this.at;
      let escaped = false;
      for (;;) {
        if (this.at >= this.buf.length) {
          parts.push(Buffer.from(this.buf.subarray(start)));
          if (!this.fill()) throw new Error('the snapshot ends inside a string');
          start = this.at;
        }
        const b = this.buf[this.at++];
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) break;
      }
      parts.push(this.buf.subarray(start, this.at - 1));
      out.push(JSON.parse(`"${Buffer.concat(parts).toString('utf8')}"`) as string);
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Reads the next block after the bytes not yet read. */
  private fill(): boolean {
    if (this.done) return false;
    const block = Buffer.alloc(BLOCK);
    const n = readSync(this.fd, block, 0, BLOCK, null);
    if (n === 0) {
      this.done = true;
      return false;
    }
    this.buf = Buffer.concat([this.buf.subarray(this.at), block.subarray(0, n)]);
    this.at = 0;
    return true;
  }
}

class Growing {
  data = new Uint32Array(1 << 20);
  length = 0;
  push = (n: number) => {
    if (this.length === this.data.length) {
      const more = new Uint32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length++] = n;
  };
}

export function readHeapSnapshot(file: string): HeapSnapshot {
  const r = new Reader(file);
  try {
    // The head (the layout of nodes and edges) is small and comes first.
    const start = Buffer.alloc(1 << 16);
    const fd = openSync(file, 'r');
    const got = readSync(fd, start, 0, start.length, 0);
    closeSync(fd);
    const text = start.toString('utf8', 0, got);
    const head = text.slice(text.indexOf('"snapshot":') + '"snapshot":'.length, text.indexOf(',\n"nodes":'));
    const { meta } = JSON.parse(head) as {
      meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
    };
    r.skipPast('"nodes":');
    r.skipPast('[');
    const nodes = new Growing();
    r.numbers(nodes.push);
    r.skipPast('"edges":');
    r.skipPast('[');
    const edges = new Growing();
    r.numbers(edges.push);
    r.skipPast('"strings":');
    r.skipPast('[');
    const strings = r.strings();

    const nf = meta.node_fields.length;
    const ef = meta.edge_fields.length;
    const [nType, nName, nSelf, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
    const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
    const nodeCount = nodes.length / nf;
    const edgeTotal = edges.length / ef;
    const s: HeapSnapshot = {
      nodeCount,
      type: new Uint8Array(nodeCount),
      name: new Uint32Array(nodeCount),
      self: new Float64Array(nodeCount),
      firstEdge: new Uint32Array(nodeCount),
      edgeCount: new Uint32Array(nodeCount),
      edgeType: new Uint8Array(edgeTotal),
      edgeName: new Uint32Array(edgeTotal),
      edgeTo: new Uint32Array(edgeTotal),
      nodeTypes: meta.node_types[0],
      edgeTypes: meta.edge_types[0],
      strings,
    };
    for (let i = 0, e = 0; i < nodeCount; i++) {
      const at = i * nf;
      s.type[i] = nodes.data[at + nType];
      s.name[i] = nodes.data[at + nName];
      s.self[i] = nodes.data[at + nSelf];
      s.edgeCount[i] = nodes.data[at + nEdges];
      s.firstEdge[i] = e;
      e += s.edgeCount[i];
    }
    for (let e = 0; e < edgeTotal; e++) {
      const at = e * ef;
      s.edgeType[e] = edges.data[at + eType];
      s.edgeName[e] = edges.data[at + eName];
      s.edgeTo[e] = edges.data[at + eTo] / nf;
    }
    return s;
  } finally {
    r.close();
  }
}

/** What a node is called in a summary: its constructor for objects, its type otherwise ("(string)", "(code)"…). */
export function labelOf(s: HeapSnapshot, node: number): string {
  const type = s.nodeTypes[s.type[node]];
  const name = s.strings[s.name[node]] ?? '';
  if (type === 'object' || type === 'native') return name.length > 60 ? `${name.slice(0, 57)}…` : name;
  if (type === 'closure') return `(closure ${name.slice(0, 40)})`;
  if (type === 'hidden' || type === 'synthetic') return `(${type}) ${name.slice(0, 50)}`;
  return `(${type})`;
}

/**
 * Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over a reverse postorder), weak edges left
 * out as DevTools does; node 0 is the snapshot's root. Then retained sizes: a node's own plus what it dominates.
 */
export function dominators(s: HeapSnapshot): { idom: Int32Array; retained: Float64Array } {
  const n = s.nodeCount;
  const weak = s.edgeTypes.indexOf('weak');
  const shortcut = s.edgeTypes.indexOf('shortcut');
  const strong = (e: number) => s.edgeType[e] !== weak && s.edgeType[e] !== shortcut;
  // Postorder by an explicit stack.
  const post = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const stackNode = new Int32Array(n);
  const stackEdge = new Uint32Array(n);
  const seen = new Uint8Array(n);
  let count = 0;
  let top = 0;
  stackNode[0] = 0;
  stackEdge[0] = s.firstEdge[0];
  seen[0] = 1;
  while (top >= 0) {
    const v = stackNode[top];
    const end = s.firstEdge[v] + s.edgeCount[v];
    let e = stackEdge[top];
    while (e < end && (!strong(e) || seen[s.edgeTo[e]])) e++;
    if (e < end) {
      stackEdge[top] = e + 1;
      const w = s.edgeTo[e];
      seen[w] = 1;
      top++;
      stackNode[top] = w;
      stackEdge[top] = s.firstEdge[w];
    } else {
      post[v] = count;
      order[count++] = v;
      top--;
    }
  }
  // Predecessors (strong edges between reached nodes), as a compressed list.
  const predCount = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (!seen[v]) continue;
    for (let e = s.firstEdge[v], end = e + s.edgeCount[v]; e < end; e++) if (strong(e) && seen[s.edgeTo[e]]) predCount[s.edgeTo[e] + 1]++;
  }
  for (let v = 0; v < n; v++) predCount[v + 1] += predCount[v];
  const preds = new Uint32Array(predCount[n]);
  const fill = predCount.slice(0, n);
  for (let v = 0; v < n; v++) {
    if (!seen[v]) continue;
    for (let e = s.firstEdge[v], end = e + s.edgeCount[v]; e < end; e++) if (strong(e) && seen[s.edgeTo[e]]) preds[fill[s.edgeTo[e]]++] = v;
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = count - 2; i >= 0; i--) {
      const v = order[i];
      let d = -1;
      for (let p = predCount[v]; p < predCount[v + 1]; p++) {
        const u = preds[p];
        if (idom[u] === -1) continue;
        d = d === -1 ? u : intersect(u, d);
      }
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = Float64Array.from(s.self);
  for (let i = 0; i < count - 1; i++) {
    const v = order[i];
    if (idom[v] >= 0 && idom[v] !== v) retained[idom[v]] += retained[v];
  }
  return { idom, retained };
}

export interface HeapSummary {
  total: number;
  byLabel: { label: string; count: number; self: number }[];
  /** The dominator tree from the root, nodes retaining at least `minBytes`, a few levels deep. */
  tree: string[];
}

export function summarise(s: HeapSnapshot, opts: { top?: number; minBytes?: number; depth?: number } = {}): HeapSummary {
  const { top = 30, minBytes = 2 << 20, depth = 8 } = opts;
  const by = new Map<string, { count: number; self: number }>();
  let total = 0;
  for (let v = 0; v < s.nodeCount; v++) {
    total += s.self[v];
    const label = labelOf(s, v);
    const row = by.get(label) ?? { count: 0, self: 0 };
    row.count++;
    row.self += s.self[v];
    by.set(label, row);
  }
  const byLabel = [...by].map(([label, r]) => ({ label, ...r })).sort((a, b) => b.self - a.self).slice(0, top);
  const { idom, retained } = dominators(s);
  const children = new Map<number, number[]>();
  for (let v = 1; v < s.nodeCount; v++) {
    if (idom[v] < 0 || retained[v] < minBytes) continue;
    const list = children.get(idom[v]) ?? [];
    list.push(v);
    children.set(idom[v], list);
  }
  // The edge a child hangs from, named as the parent holds it (a property name or an index), where one exists.
  const edgeName = (parent: number, child: number) => {
    for (let e = s.firstEdge[parent], end = e + s.edgeCount[parent]; e < end; e++) {
      if (s.edgeTo[e] !== child) continue;
      const type = s.edgeTypes[s.edgeType[e]];
      return type === 'element' || type === 'hidden' ? `[${s.edgeName[e]}]` : s.strings[s.edgeName[e]];
    }
    return '';
  };
  const tree: string[] = [];
  const walk = (v: number, level: number) => {
    const kids = (children.get(v) ?? []).sort((a, b) => retained[b] - retained[a]);
    for (const k of kids) {
      tree.push(`${'  '.repeat(level)}${mb(retained[k])} MB  ${edgeName(v, k)} → ${labelOf(s, k)} (self ${mb(s.self[k])} MB)`);
      if (level + 1 < depth) walk(k, level + 1);
    }
  };
  walk(0, 0);
  return { total, byLabel, tree };
}

export const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
