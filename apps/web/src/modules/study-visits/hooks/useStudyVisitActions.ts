import { useAction } from '../../operations/hooks/useAction';
import {
  ApplyToStudyVisitMutation,
  ContributeToStudyVisitReportMutation,
  CreateStudyVisitMutation,
  SetStudyVisitParticipantStatusMutation,
  UpdateStudyVisitMutation,
} from '../graphql/study-visits';

/* Each answers the whole study visit, which Apollo's cache puts in place of the one shown. */

export const useApplyToStudyVisit = () => useAction(ApplyToStudyVisitMutation);
export const useSetParticipantStatus = () => useAction(SetStudyVisitParticipantStatusMutation);
export const useContributeToReport = () => useAction(ContributeToStudyVisitReportMutation);
export const useCreateStudyVisit = () => useAction(CreateStudyVisitMutation);
export const useUpdateStudyVisit = () => useAction(UpdateStudyVisitMutation);
