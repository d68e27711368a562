// The local disk storage (lib/storage/local-disk-storage.ts) in a temporary directory:
// content addressing, the size cap while streaming, nothing left behind on failure, the
// sweep of abandoned temporary files.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobTooLargeError, LocalDiskStorage, chunksOf, toWebStream } from '@/lib/storage';

const dirs: string[] = [];
function storage() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-storage-'));
  dirs.push(dir);
  return new LocalDiskStorage(dir);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A web stream of `data` in chunks of `size` bytes, as a request body arrives. */
function webStream(data: Uint8Array, size = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      controller.enqueue(data.slice(offset, offset + size));
      offset += size;
    },
  });
}

function tempFiles(store: LocalDiskStorage): string[] {
  const dir = path.join(store.root, '.tmp');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function storedFiles(store: LocalDiskStorage): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.tmp') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(store.root, full));
    }
  };
  if (existsSync(store.root)) walk(store.root);
  return out;
}

async function readAll(store: LocalDiskStorage, key: string): Promise<Buffer> {
  const reader = await store.open(key);
  if (!reader) throw new Error('missing');
  const chunks: Uint8Array[] = [];
  for await (const chunk of reader.chunks()) chunks.push(chunk);
  await reader.close();
  return Buffer.concat(chunks);
}

describe('LocalDiskStorage.put', () => {
  it('streams a web stream to a file named by its SHA-256, and reads it back', async () => {
    const store = storage();
    const data = randomBytes(300_000);
    const blob = await store.put(webStream(data), { maxBytes: 1_000_000 });
    expect(blob).toEqual({ key: sha256(data), sha256: sha256(data), sizeBytes: data.length, deduplicated: false });
    expect(storedFiles(store)).toEqual([path.join(blob.key.slice(0, 2), blob.key.slice(2, 4), blob.key)]);
    expect(await store.exists(blob.key)).toBe(true);
    expect(Buffer.compare(await readAll(store, blob.key), data)).toBe(0);
    expect(tempFiles(store)).toEqual([]);
  });

  it('takes a Node Readable too', async () => {
    const store = storage();
    const data = randomBytes(10_000);
    const blob = await store.put(Readable.from([data.subarray(0, 5000), data.subarray(5000)]), { maxBytes: 10_000 });
    expect(blob.sha256).toBe(sha256(data));
    expect(blob.sizeBytes).toBe(10_000); // exactly the cap is allowed
  });

  it('refuses past the cap while streaming: BlobTooLargeError, no file, no temporary file, the source cancelled', async () => {
    const store = storage();
    let pulled = 0;
    let cancelled = false;
    // An endless source (a lying or absent Content-Length): the cap must stop it.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(7));
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await store.put(endless, { maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobTooLargeError);
    expect(BlobTooLargeError.is(error)).toBe(true);
    expect((error as BlobTooLargeError).maxBytes).toBe(1024 * 1024);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20);
    expect(storedFiles(store)).toEqual([]);
    expect(tempFiles(store)).toEqual([]);
  });

  it('leaves nothing when the source fails half-way (a client that disconnects)', async () => {
    const store = storage();
    async function* failing() {
      yield new Uint8Array(1000);
      throw new Error('connection reset');
    }
    await expect(store.put(failing(), { maxBytes: 1e6 })).rejects.toThrow('connection reset');
    expect(storedFiles(store)).toEqual([]);
    expect(tempFiles(store)).toEqual([]);
  });

  it('stores the same bytes once', async () => {
    const store = storage();
    const data = randomBytes(5000);
    const first = await store.put(webStream(data), { maxBytes: 1e6 });
    const second = await store.put(webStream(data, 7), { maxBytes: 1e6 });
    expect(second).toEqual({ ...first, deduplicated: true });
    expect(storedFiles(store)).toHaveLength(1);
    expect(tempFiles(store)).toEqual([]);
  });

  it('replaces a damaged copy with the fresh upload of the same bytes', async () => {
    const store = storage();
    const data = randomBytes(5000);
    const { key } = await store.put(webStream(data), { maxBytes: 1e6 });
    const file = path.join(store.root, key.slice(0, 2), key.slice(2, 4), key);
    writeFileSync(file, Buffer.concat([data.subarray(0, 4999), Buffer.from([data[4999]! ^ 1])]));
    const again = await store.put(webStream(data), { maxBytes: 1e6 });
    expect(again.deduplicated).toBe(false);
    expect(sha256(readFileSync(file))).toBe(key);
  });

  it('stores an empty stream as an empty blob (refusing empty files is the caller’s rule)', async () => {
    const store = storage();
    const blob = await store.put(webStream(new Uint8Array(0)), { maxBytes: 10 });
    expect(blob.sizeBytes).toBe(0);
    expect(blob.sha256).toBe(sha256(new Uint8Array(0)));
  });
});

describe('LocalDiskStorage.open', () => {
  it('is null for a missing blob and for anything that is not a key (no path tricks)', async () => {
    const store = storage();
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
    expect(await store.exists('../x')).toBe(false);
  });

  it('reads from the first byte every time chunks() is called', async () => {
    const store = storage();
    const data = randomBytes(700_000);
    const { key } = await store.put(webStream(data), { maxBytes: 1e6 });
    const reader = (await store.open(key))!;
    expect(reader.sizeBytes).toBe(data.length);
    for (let round = 0; round < 2; round++) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of reader.chunks()) chunks.push(chunk);
      expect(sha256(Buffer.concat(chunks))).toBe(key);
    }
    await reader.close();
  });
});

describe('LocalDiskStorage.sweepTemporary', () => {
  it('removes stale temporary files and keeps fresh ones', async () => {
    const store = storage();
    const tmp = path.join(store.root, '.tmp');
    mkdirSync(tmp, { recursive: true });
    const stale = path.join(tmp, '999-stale.part');
    const fresh = path.join(tmp, '999-fresh.part');
    writeFileSync(stale, 'half an upload');
    writeFileSync(fresh, 'an upload still arriving');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    expect(await store.sweepTemporary({ olderThanMs: 3600_000 })).toEqual({ removed: 1, kept: 1 });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('removes at once what a process of this host that no longer runs left; keeps other hosts’ fresh files', async () => {
    const store = storage();
    const tmp = path.join(store.root, '.tmp');
    mkdirSync(tmp, { recursive: true });
    const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '_') || 'host';
    const uuid = () => randomUUID();
    const deadWriter = path.join(tmp, `${host}.999999999.${uuid()}.part`); // no such pid
    const previousSelf = path.join(tmp, `${host}.${process.pid}.${uuid()}.part`); // our pid, not ours
    const otherHost = path.join(tmp, `elsewhere.1.${uuid()}.part`);
    const liveWriter = path.join(tmp, `${host}.1.${uuid()}.part`); // pid 1 always runs
    for (const file of [deadWriter, previousSelf, otherHost, liveWriter]) writeFileSync(file, 'partial');
    expect(await store.sweepTemporary({ olderThanMs: 3600_000 })).toEqual({ removed: 2, kept: 2 });
    expect(existsSync(deadWriter)).toBe(false);
    expect(existsSync(previousSelf)).toBe(false);
    expect(existsSync(otherHost)).toBe(true);
    expect(existsSync(liveWriter)).toBe(true);
  });

  it('never removes an upload this process is writing, however old it looks', async () => {
    const store = storage();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield new Uint8Array(10).fill(1);
      await gate;
      yield new Uint8Array(10).fill(2);
    }
    const pending = store.put(slow(), { maxBytes: 100 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tempFiles(store)).toHaveLength(1);
    // "Now" far in the future: the in-progress file looks ancient, and still stays.
    const result = await store.sweepTemporary({ olderThanMs: 1, now: new Date(Date.now() + 10 * 3600_000) });
    expect(result).toEqual({ removed: 0, kept: 1 });
    release();
    const blob = await pending;
    expect(blob.sizeBytes).toBe(20);
    expect(tempFiles(store)).toEqual([]);
  });

  it('does nothing in a storage that never stored anything', async () => {
    expect(await storage().sweepTemporary({ olderThanMs: 0 })).toEqual({ removed: 0, kept: 0 });
  });
});

describe('streams', () => {
  it('toWebStream pulls on demand and closes once at the end or on cancel', async () => {
    let closed = 0;
    let produced = 0;
    async function* numbers() {
      for (let i = 0; i < 5; i++) {
        produced++;
        yield new Uint8Array([i]);
      }
    }
    const stream = toWebStream(numbers(), () => {
      closed++;
    });
    const seen: number[] = [];
    for await (const chunk of chunksOf(stream)) seen.push(chunk[0]!);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(closed).toBe(1);

    produced = 0;
    const cancelled = toWebStream(numbers(), () => {
      closed++;
    });
    const reader = cancelled.getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(2);
    expect(produced).toBeLessThan(5);
  });
});
