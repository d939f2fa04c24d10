import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Errors } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ALLOWED_EXTENSIONS, safeFileName, sniffContentType } from './content-policy';
import { S3Driver } from './s3.driver';
import { STORAGE_DRIVER, type StorageDriver } from './storage.driver';
import type { StoredFile } from './stored-file.entity';
import { StoredFilesRepository } from './stored-files.repository';
import { invalid } from '../common/field-error';

export interface Upload {
  fileName: string;
  bytes: Buffer;
}

export interface FileOwner {
  ownerType: string;
  ownerId: string;
}

/** The one way files come in and go out: size limit, type from the bytes, then the driver. */
@Injectable()
export class StorageService implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STORAGE_DRIVER) private readonly driver: StorageDriver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: StoredFilesRepository,
  ) {}

  get maxBytes(): number {
    return this.config.STORAGE_MAX_FILE_BYTES;
  }

  /** Refuses what may not be stored, before a single byte is written anywhere. */
  check(upload: Upload) {
    const fileName = safeFileName(upload.fileName);
    if (upload.bytes.length === 0) throw Errors.validation([invalid('file', 'empty')]);
    if (upload.bytes.length > this.maxBytes) {
      throw Errors.validation([
        invalid('file', 'fileTooLarge', { megabytes: Math.floor(this.maxBytes / 1024 / 1024) }),
      ]);
    }
    const sniffed = sniffContentType(upload.bytes, fileName);
    if (!sniffed.ok) {
      throw Errors.validation([
        sniffed.detected
          ? invalid('file', 'fileTypeDetected', { detected: sniffed.detected, accepted: ALLOWED_EXTENSIONS.join(', ') })
          : invalid('file', 'fileType', { accepted: ALLOWED_EXTENSIONS.join(', ') }),
      ]);
    }
    return { fileName, contentType: sniffed.type.mime };
  }

  /**
   * Stores the bytes, then records the file and runs `use` in one transaction. If the transaction
   * fails, the bytes are removed again, so a refused use case leaves nothing behind.
   */
  async store<T>(
    upload: Upload,
    owner: FileOwner,
    uploadedById: string,
    use: (manager: EntityManager, file: StoredFile) => Promise<T>,
  ): Promise<T> {
    const { fileName, contentType } = this.check(upload);
    const now = new Date();
    const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    await this.driver.put(storageKey, upload.bytes, contentType);
    try {
      return await this.db.transaction(async (manager) => {
        const file = await this.files.insert(manager, {
          storageKey,
          ...owner,
          fileName,
          contentType,
          sizeBytes: upload.bytes.length,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          uploadedById,
        });
        return use(manager, file);
      });
    } catch (e) {
      await this.driver.delete(storageKey).catch(() => undefined);
      throw e;
    }
  }

  async find(fileId: string): Promise<StoredFile | null> {
    return this.files.find(this.db.manager, fileId);
  }

  open(file: Pick<StoredFile, 'storageKey'>): Promise<Readable> {
    return this.driver.get(file.storageKey);
  }

  /** Removes stored bytes whose record is gone (an erasure, after its commit). */
  remove(storageKey: string): Promise<void> {
    return this.driver.delete(storageKey);
  }

  onModuleDestroy(): void {
    if (this.driver instanceof S3Driver) this.driver.destroy();
  }
}
