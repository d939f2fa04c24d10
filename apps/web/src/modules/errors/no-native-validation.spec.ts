import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.tsx') && !path.endsWith('.spec.tsx') ? [path] : [];
  });
}

/**
 * The browser's own validation bubbles are in the browser's language, not the page's, and vanish
 * before a screen reader reads them: every form checks itself and says why in the catalogue's words.
 */
describe('forms', () => {
  it('all turn the browser’s own validation off (noValidate)', () => {
    const without = sources(root).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const opens = [...text.matchAll(/<form\b|component="form"/g)];
      return opens
        .filter((m) => {
          const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).trim();
          if (line.startsWith('*') || line.startsWith('//')) return false;
          // The opening tag (or the Mantine component's props) ends before the next element starts.
          const next = text.indexOf('<', m.index + 1);
          return !/noValidate/.test(text.slice(m.index, next === -1 ? undefined : next));
        })
        .map(() => relative(root, file));
    });
    expect(without).toEqual([]);
  });
});
