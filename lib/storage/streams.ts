// Byte streams in the two shapes the server meets: web ReadableStreams (a route handler's
// request.body, fetch) and Node Readables / async iterables (files). Everything here pulls
// one chunk at a time, so a slow consumer slows the producer instead of buffering.

/** What the storage accepts: a web ReadableStream or any async iterable of bytes (a Node Readable is one). */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function isReadableStream(source: ByteSource): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === 'function';
}

/**
 * The chunks of a source, one at a time. Stopping early (break, throw) cancels a web
 * stream, so an upload that is refused half-way stops being read.
 */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array, void, undefined> {
  if (!isReadableStream(source)) {
    for await (const chunk of source) yield chunk;
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * A web ReadableStream that pulls from an async iterable on demand (a Response body), and
 * runs `onClose` once when the stream ends, fails or the client goes away.
 */
export function toWebStream(chunks: AsyncIterable<Uint8Array>, onClose: () => Promise<void> | void = () => {}): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await onClose();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          await close();
        } else {
          controller.enqueue(next.value);
        }
      } catch (error) {
        controller.error(error);
        await close();
      }
    },
    async cancel() {
      await iterator.return?.();
      await close();
    },
  }, { highWaterMark: 1 });
}
