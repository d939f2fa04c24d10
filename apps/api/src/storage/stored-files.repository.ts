import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StoredFile } from './stored-file.entity';

/** The rows that record stored files (the bytes are the driver's). */
@Injectable()
export class StoredFilesRepository {
  insert(db: EntityManager, file: Omit<StoredFile, 'id' | 'createdAt'>): Promise<StoredFile> {
    return db.save(db.create(StoredFile, file));
  }

  find(db: EntityManager, id: string): Promise<StoredFile | null> {
    return db.getRepository(StoredFile).findOneBy({ id });
  }
}
