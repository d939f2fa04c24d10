import { useAction } from '../../operations/hooks/useAction';
import {
  ApplyToStudyVisitMutation,
  ContributeToStudyVisitReportMutation,
  SetStudyVisitParticipantStatusMutation,
} from '../graphql/study-visits';

/* Each answers the whole study visit, which Apollo's cache puts in place of the one shown. */

export const useApplyToStudyVisit = () => useAction(ApplyToStudyVisitMutation);
export const useSetParticipantStatus = () => useAction(SetStudyVisitParticipantStatusMutation);
export const useContributeToReport = () => useAction(ContributeToStudyVisitReportMutation);
