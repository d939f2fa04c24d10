import { useAction } from '../../operations/hooks/useAction';
import {
  ProposeResourceMutation,
  RecordResourceDownloadMutation,
  ResourcesQuery,
  ReviewResourceMutation,
} from '../graphql/toolbox';

/** Approve, ask for changes or reject: the queue is read again, so the decided one leaves it. */
export function useReviewResource() {
  return useAction(ReviewResourceMutation, { refetchQueries: [ResourcesQuery], awaitRefetchQueries: true });
}

export function useProposeResource() {
  return useAction(ProposeResourceMutation, { refetchQueries: [ResourcesQuery] });
}

/** Counts an opening of a version's file or link (per resource, not per person). */
export function useRecordDownload() {
  return useAction(RecordResourceDownloadMutation);
}
