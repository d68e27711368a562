// Blobs as files under one directory (ASSAY_DATA_DIR/files by default), named by their
// SHA-256: <root>/ab/cd/abcd…. A put writes a temporary file under <root>/.tmp, hashing as
// it goes, fsyncs it, renames it into place and fsyncs the directory, so after a crash a
// blob is either whole in its final place or only a temporary file the sweep removes.
// Not 'server-only': scripts (a benchmark, a future migration to an object store) use it too.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { BlobTooLargeError, type BlobReader, type BlobStorage, type PutOptions, type StoredBlob, type SweepResult } from './blob-storage';
import { chunksOf, type ByteSource } from './streams';

const KEY = /^[0-9a-f]{64}$/;
const TEMP_DIR = '.tmp';
const TEMP_SUFFIX = '.part';
// Temporary files are named <host>.<pid>.<uuid>.part, so a sweep can tell which were left by a
// process of this host that no longer runs (a crash, a kill): those go at once, whatever
// their age. Files of other hosts (a shared volume) go only once they are stale.
const TEMP_NAME = /^(.+)\.(\d+)\.[0-9a-f-]{36}\.part$/;
const thisHost = () => hostname().replace(/[^A-Za-z0-9-]/g, '_') || 'host';

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
}

/** Whether a temporary file's writer is certainly gone: a process of this host that is not running. */
function writerGone(name: string): boolean {
  const match = TEMP_NAME.exec(name);
  if (!match || match[1] !== thisHost()) return false;
  const pid = Number(match[2]);
  // Our own pid on a file we are not writing: a previous process that had the same pid
  // (containers restart as pid 1) left it.
  return pid === process.pid || !processRuns(pid);
}
const READ_CHUNK_BYTES = 256 * 1024;

// Temporary files this process is writing, across every instance and every bundle (Next
// loads instrumentation, which sweeps, apart from the routes, which upload): the sweep must
// never remove an upload in progress.
const IN_PROGRESS = Symbol.for('assay.storage.uploadsInProgress');
const inProgress: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[IN_PROGRESS] ??= new Set<string>());

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

/** Makes a directory entry (a rename, a new subdirectory) durable. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function* readChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (let position = 0; ; ) {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

export class LocalDiskStorage implements BlobStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(/*turbopackIgnore: true*/ root);
  }

  private get tempDirectory(): string {
    return path.join(this.root, TEMP_DIR);
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(source: ByteSource, { maxBytes }: PutOptions): Promise<StoredBlob> {
    await mkdir(this.tempDirectory, { recursive: true, mode: 0o750 });
    const tempPath = path.join(this.tempDirectory, `${thisHost()}.${process.pid}.${randomUUID()}${TEMP_SUFFIX}`);
    inProgress.add(tempPath);
    let handle: FileHandle | undefined;
    try {
      handle = await open(tempPath, 'wx', 0o640);
      const hash = createHash('sha256');
      let sizeBytes = 0;
      for await (const chunk of chunksOf(source)) {
        sizeBytes += chunk.byteLength;
        // Checked before the chunk is written: a lying Content-Length (or none) cannot
        // push more than the cap onto the disk.
        if (sizeBytes > maxBytes) throw new BlobTooLargeError(maxBytes);
        hash.update(chunk);
        await writeAll(handle, chunk);
      }
      await handle.sync();
      await handle.close();
      handle = undefined;
      const sha256 = hash.digest('hex');
      const deduplicated = await this.install(tempPath, this.pathOf(sha256), sha256, sizeBytes);
      return { key: sha256, sha256, sizeBytes, deduplicated };
    } finally {
      await handle?.close().catch(() => {});
      // After a successful rename there is nothing here; after anything else, the temp goes.
      await rm(tempPath, { force: true });
      inProgress.delete(tempPath);
    }
  }

  /**
   * Moves a finished, synced temporary file to its final path. When the final path already
   * holds the same bytes (the same file uploaded twice) the temporary file is simply
   * dropped; when it holds anything else (a damaged copy), the fresh one replaces it.
   * Returns whether the bytes were already there. Protected so a test can make it fail.
   */
  protected async install(tempPath: string, finalPath: string, sha256: string, sizeBytes: number): Promise<boolean> {
    const directory = path.dirname(finalPath);
    const created = await mkdir(directory, { recursive: true, mode: 0o750 });
    if (created) {
      // New shard directories must survive a crash too: sync each parent that gained one.
      for (let dir = directory; dir.length >= created.length; dir = path.dirname(dir)) await syncDirectory(path.dirname(dir));
    }
    if (await this.holds(finalPath, sha256, sizeBytes)) return true;
    await rename(tempPath, finalPath);
    await syncDirectory(directory);
    return false;
  }

  /** Whether a file exists at `file` with exactly these bytes (size first, then the hash). */
  private async holds(file: string, sha256: string, sizeBytes: number): Promise<boolean> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    try {
      if ((await handle.stat()).size !== sizeBytes) return false;
      const hash = createHash('sha256');
      for await (const chunk of readChunks(handle)) hash.update(chunk);
      return hash.digest('hex') === sha256;
    } finally {
      await handle.close();
    }
  }

  async open(key: string): Promise<BlobReader | null> {
    if (!KEY.test(key)) return null;
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const { size } = await handle.stat();
    // Every read goes through this one descriptor: a file replaced on disk meanwhile (the
    // self-healing put above) cannot make a hash check and the bytes sent disagree.
    return {
      sizeBytes: size,
      chunks: () => readChunks(handle),
      close: () => handle.close(),
    };
  }

  async exists(key: string): Promise<boolean> {
    if (!KEY.test(key)) return false;
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async sweepTemporary({ olderThanMs, now = new Date() }: { olderThanMs: number; now?: Date }): Promise<SweepResult> {
    let names: string[];
    try {
      names = await readdir(this.tempDirectory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { removed: 0, kept: 0 };
      throw error;
    }
    let removed = 0;
    let kept = 0;
    for (const name of names) {
      const file = path.join(this.tempDirectory, name);
      if (inProgress.has(file)) {
        kept++;
        continue;
      }
      try {
        const info = await stat(file);
        // An upload in another process keeps touching its file; an abandoned one goes stale.
        if (info.isFile() && (writerGone(name) || now.getTime() - info.mtimeMs > olderThanMs)) {
          await rm(file, { force: true });
          removed++;
        } else {
          kept++;
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return { removed, kept };
  }
}
