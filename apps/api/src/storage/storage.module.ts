import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LocalDiskDriver } from './local-disk.driver';
import { S3Driver } from './s3.driver';
import { STORAGE_DRIVER, type StorageDriver } from './storage.driver';
import { StorageService } from './storage.service';
import { StoredFilesRepository } from './stored-files.repository';

/** S3 when a bucket is configured (several replicas share it), else a folder under DATA_DIR. */
export function createStorageDriver(config: AppConfig): StorageDriver {
  if (config.S3_BUCKET) {
    return new S3Driver({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new LocalDiskDriver(join(config.DATA_DIR, 'files'));
}

@Global()
@Module({
  providers: [
    { provide: STORAGE_DRIVER, inject: [APP_CONFIG], useFactory: createStorageDriver },
    StoredFilesRepository,
    StorageService,
  ],
  exports: [StorageService],
})
export class StorageModule {}
