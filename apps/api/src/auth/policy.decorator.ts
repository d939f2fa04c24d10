import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tandem/shared-domain';

export const POLICY_KEY = 'tandem:policy';

export type Policy = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Every resolver method and controller route declares one of these. The global PolicyGuard
 * refuses anything that declares nothing, and a test walks the schema to prove coverage.
 */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signedIn' } satisfies Policy);
/** Any grant of one of these roles lets the call through; object-level scope is checked in the service. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies Policy);
