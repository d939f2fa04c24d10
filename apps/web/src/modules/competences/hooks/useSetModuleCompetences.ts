import { useAction } from '../../operations/hooks/useAction';
import { SetModuleCompetencesMutation } from '../graphql/module-competences';

/** A module's editor sets the competences it develops (by code); answers whether it was saved. */
export function useSetModuleCompetences(moduleId: string) {
  const { run, loading, failure } = useAction(SetModuleCompetencesMutation);
  const save = async (competenceCodes: string[]) => !!(await run({ input: { moduleId, competenceCodes } }));
  return { save, saving: loading, failure };
}
