export { BlobTooLargeError, type BlobReader, type BlobStorage, type PutOptions, type StoredBlob, type SweepResult } from './blob-storage';
export { LocalDiskStorage } from './local-disk-storage';
export { chunksOf, toWebStream, type ByteSource } from './streams';
