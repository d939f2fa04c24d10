/**
 * Hashed build files never change under their name: cached for a year. The shell and anything
 * unhashed are revalidated, so a release is picked up on the next load.
 */
export function cacheControlFor(path: string): string {
  return /[\\/]assets[\\/].+-[\w-]{8,}\.\w+(\.br|\.gz)?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
