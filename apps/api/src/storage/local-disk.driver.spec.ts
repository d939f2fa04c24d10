import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalDiskDriver } from './local-disk.driver';

describe('LocalDiskDriver', () => {
  const root = mkdtempSync(join(tmpdir(), 'tandem-storage-'));
  const driver = new LocalDiskDriver(root);

  it('stores, reads back and deletes bytes under nested keys', async () => {
    await driver.put('2026/11/abc', Buffer.from('hello'));
    expect(await text(await driver.get('2026/11/abc'))).toBe('hello');
    expect(readdirSync(join(root, '2026/11'))).toEqual(['abc']); // no temp file left behind
    await driver.delete('2026/11/abc');
    await expect(driver.get('2026/11/abc')).rejects.toThrow();
  });

  it('refuses keys that would leave its folder', async () => {
    await expect(driver.put('../escape', Buffer.from('x'))).rejects.toThrow(/outside/);
  });
});
