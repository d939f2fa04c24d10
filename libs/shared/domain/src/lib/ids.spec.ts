import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts UUIDs in either case and nothing else', () => {
    expect(isUuid('0b7e4c1a-2f3d-4e5a-9b6c-7d8e9f0a1b2c')).toBe(true);
    expect(isUuid('0B7E4C1A-2F3D-4E5A-9B6C-7D8E9F0A1B2C')).toBe(true);
    expect(isUuid('0b7e')).toBe(false);
    expect(isUuid('')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
