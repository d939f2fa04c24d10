import type { Role, ScopeKind } from '@tandem/shared-domain';

export interface Grant {
  role: Role;
  scopeKind: ScopeKind;
  countryCode: string | null;
  organisationId: string | null;
}

/** The signed-in person as the server sees them for one request. */
export interface Viewer {
  personId: string;
  sessionId: string;
  grants: Grant[];
}
