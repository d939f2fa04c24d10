// `nx serve api`: webpack --watch and node --watch start together; wait until the first bundle
// exists, then run it (node --watch-path restarts it on every rebuild).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const entry = resolve(process.argv[2]);
while (!existsSync(entry)) await sleep(200);
await import(pathToFileURL(entry).href);
