import { isUuid } from '@tandem/shared-domain';

/** The API's ids are UUIDs; anything else in the address cannot name a module. */
export function isModuleId(value: string | undefined): value is string {
  return isUuid(value);
}

export function modulePath(id: string): string {
  return `/modules/${id}`;
}

/** "1.5 MB", "820 kB": a file size for people, in the viewer's number format. */
export function fileSizeParts(bytes: number): {
  value: number;
  unit: 'B' | 'kB' | 'MB';
} {
  if (bytes < 1000) return { value: bytes, unit: 'B' };
  if (bytes < 1_000_000) return { value: Math.round(bytes / 100) / 10, unit: 'kB' };
  return { value: Math.round(bytes / 100_000) / 10, unit: 'MB' };
}
