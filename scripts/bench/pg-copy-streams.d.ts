// The one export of pg-copy-streams (7.0.0, a dev dependency of the bench's COPY floor) the
// bench uses; the package ships no types of its own.
declare module 'pg-copy-streams' {
  import type { Submittable } from 'pg';
  import type { Writable } from 'node:stream';

  /** A COPY … FROM STDIN: write the data, end the stream; rowCount once it has finished. */
  export interface CopyFromStreamQuery extends Writable, Submittable {
    rowCount: number;
  }

  export function from(sql: string): CopyFromStreamQuery;
}
