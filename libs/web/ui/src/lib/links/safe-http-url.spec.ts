import { safeHttpUrl } from './safe-http-url';

describe('safeHttpUrl', () => {
  it('keeps http(s) addresses', () => {
    expect(safeHttpUrl('https://example.org/a.pdf')).toBe('https://example.org/a.pdf');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses other schemes, text that is no address and nothing', () => {
    expect(safeHttpUrl(['javascript', 'alert(1)'].join(':'))).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
