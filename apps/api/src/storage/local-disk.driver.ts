import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { StorageDriver } from './storage.driver';

/** Files in a folder (DATA_DIR/files by default): fine for one API process or a shared volume. */
export class LocalDiskDriver implements StorageDriver {
  readonly name = 'local' as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key outside the storage folder: ${key}`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename: a reader never sees half a file, a crash leaves only a temp file.
    const temp = join(dirname(path), `.${randomUUID()}.part`);
    await writeFile(temp, bytes, { flag: 'wx', mode: 0o640 });
    await rename(temp, path);
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path); // a missing file fails here, before any byte of the response is sent
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
