import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@tandem/shared-domain';

export const POLICY_KEY = 'tandem:policy';

export type Policy = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'permission'; permission: Permission };

/**
 * Every resolver method and controller route declares one of these. The global PolicyGuard
 * refuses anything that declares nothing, and a test walks the schema to prove coverage.
 */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signedIn' } satisfies Policy);
/**
 * A grant of one of the roles that PERMISSIONS (libs/shared/domain) lists for `permission` lets the
 * call through; the object-level scope is checked in the service with the same permission.
 */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(POLICY_KEY, { kind: 'permission', permission } satisfies Policy);
