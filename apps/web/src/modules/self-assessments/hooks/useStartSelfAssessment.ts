import { useAction } from '../../operations/hooks/useAction';
import { MySelfAssessmentsQuery, SaveSelfAssessmentMutation } from '../graphql/self-assessments';

/** A tutor starts their (empty) self-assessment of an open round; answers its id to open it. */
export function useStartSelfAssessment() {
  const { run, loading, failure } = useAction(SaveSelfAssessmentMutation, { refetchQueries: [MySelfAssessmentsQuery] });
  const start = async (roundId: string) =>
    (await run({ input: { roundId, ratings: [] } }))?.saveSelfAssessment.id ?? null;
  return { start, starting: loading, failure };
}
