import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Errors } from './domain-error';
import { invalid } from './field-error';

/**
 * Relay-style cursor pagination. A cursor is the sort key of the last row seen, opaque to clients
 * (base64url JSON); pages are keyset queries "after this key", so they stay stable and cheap however
 * far a client walks.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1..100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' }) endCursor!:
    string | null;
}

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What one part of a cursor's sort key is; a cursor that is not one of ours is VALIDATION_FAILED on `after`. */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'offset';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PART_CHECKS: Record<CursorPart, (value: string) => boolean> = {
  text: () => true,
  uuid: (value) => UUID.test(value),
  timestamp: (value) => !Number.isNaN(Date.parse(value)),
  offset: (value) => /^\d{1,9}$/.test(value),
};

/**
 * The sort key of a cursor, one part per kind. Every list says what each part must be where its SQL
 * casts it (an id, a time, an offset): a forged cursor is refused here as VALIDATION_FAILED instead of
 * failing in PostgreSQL's cast as a 500.
 */
export function decodeCursor(cursor: string, kinds: readonly CursorPart[]): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((k, i) => typeof k === 'string' && PART_CHECKS[kinds[i]](k))
    )
      return key as string[];
  } catch {
    // fall through
  }
  throw Errors.validation([invalid('after', 'cursor')]);
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoModel;
}

/** Builds a page from `first + 1` rows read in order: the extra row only tells whether there is a next page. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  keyOf: (row: R) => string[],
  map: (row: R) => T,
): Page<T> {
  const shown = rows.slice(0, first);
  const edges = shown.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: map(row) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** `%`, `_` and `\` match literally in an ILIKE pattern built from user input. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
