import { expect, type APIRequestContext } from '@playwright/test';

interface Phase {
  id: string;
  kind: string;
  status: string;
}

async function graphql<T>(request: APIRequestContext, query: string, variables: object = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/**
 * Puts a phase of the demo edition back to the status the other journeys expect, through the API
 * with the signed-in administrator's session. A journey that moves phases calls it after it ran,
 * also when it failed half-way, so that one failure does not take the journeys after it along.
 */
export async function restorePhaseStatus(request: APIRequestContext, kind: string, status: string): Promise<void> {
  const { editions } = await graphql<{ editions: { id: string; name: string }[] }>(
    request,
    'query { editions { id name } }',
  );
  const demo = editions.find((edition) => edition.name === '2026–2027');
  if (!demo) return;
  const { edition } = await graphql<{ edition: { phases: Phase[] } }>(
    request,
    'query ($id: ID!) { edition(id: $id) { phases { id kind status } } }',
    { id: demo.id },
  );
  const phase = edition.phases.find((candidate) => candidate.kind === kind);
  if (!phase || phase.status === status) return;
  await graphql(request, 'mutation ($input: MoveCyclePhaseInput!) { moveCyclePhase(input: $input) { id } }', {
    input: { phaseId: phase.id, status, reason: 'End-to-end journey puts the demo back' },
  });
}
