/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.UpdateMyPreferencesDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n': typeof types.EditionsDocument;
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n': typeof types.EditionCycleFragmentDoc;
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n': typeof types.EditionDocument;
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n': typeof types.MoveCyclePhaseDocument;
  '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n': typeof types.WhereWeAreNowDocument;
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionPersonFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
};
const documents: Documents = {
  '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.UpdateMyPreferencesDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n':
    types.EditionsDocument,
  '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n':
    types.EditionCycleFragmentDoc,
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n':
    types.EditionDocument,
  '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n':
    types.MoveCyclePhaseDocument,
  '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n':
    types.WhereWeAreNowDocument,
  '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionPersonFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($first: Int!, $offset: Int!) {\n    auditEvents(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorName\n        operation\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Editions {\n    editions {\n      id\n      name\n      programmeName\n      startsOn\n      endsOn\n      targetTrained\n      currentPhase {\n        id\n        kind\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment EditionCycle on Edition {\n    id\n    name\n    programmeName\n    startsOn\n    endsOn\n    targetTrained\n    timeZone\n    currentPhase {\n      id\n    }\n    phases {\n      id\n      kind\n      position\n      startsOn\n      endsOn\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n',
): (typeof documents)['\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionCycle\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveCyclePhase($input: MoveCyclePhaseInput!) {\n    moveCyclePhase(input: $input) {\n      ...EditionCycle\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WhereWeAreNow {\n    whereWeAreNow {\n      edition {\n        id\n        name\n      }\n      currentPhase {\n        id\n        kind\n        position\n        startsOn\n        endsOn\n        status\n      }\n      nextSteps {\n        kind\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionPerson on Person {\n    id\n    displayName\n    givenName\n    familyName\n    email\n    preferredLanguage\n    timeZone\n    roles {\n      id\n      role\n      scopeKind\n      countryCode\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
