import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options';

/**
 * For the TypeORM CLI (migration:generate|run|revert). `tools/with-db.mjs` provides DATABASE_URL,
 * starting the embedded PostgreSQL when none is configured.
 */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is not set (run the migration scripts through npm, which provide it)');
export default new DataSource(typeormOptions(url));
