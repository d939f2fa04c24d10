import { useConnection } from '../../operations/hooks/useConnection';
import { useAction } from '../../operations/hooks/useAction';
import {
  AskForHostPlacesMutation,
  DecideHostOfferRequestMutation,
  HostOffersQuery,
  MobilitiesQuery,
  MobilityHistoryQuery,
  OfferHostPlacementsMutation,
  RecordMobilityMutation,
  UpdateMobilityMutation,
} from '../graphql/mobilities';
import { toMobilityFilter, type MobilityFilters } from '../mobility-filters';

export const MOBILITY_PAGE_SIZE = 20;

/** The register for the filters: the first page, and "Show more" appending the next. */
export function useMobilityRegister(filters: MobilityFilters) {
  return useConnection(MobilitiesQuery, (data) => data.mobilities, {
    variables: { filter: toMobilityFilter(filters), first: MOBILITY_PAGE_SIZE },
  });
}

/* A new or changed mobility changes the register's pages: those on screen are read again. */
export const useRecordMobility = () => useAction(RecordMobilityMutation, { refetchQueries: [MobilitiesQuery] });
export const useUpdateMobility = () =>
  useAction(UpdateMobilityMutation, { refetchQueries: [MobilitiesQuery, MobilityHistoryQuery] });

/* Each answers the whole offer; the lists of offers are read again (an offer moves between them). */
export const useOfferHostPlacements = () =>
  useAction(OfferHostPlacementsMutation, { refetchQueries: [HostOffersQuery], awaitRefetchQueries: true });
export const useAskForHostPlaces = () => useAction(AskForHostPlacesMutation, { refetchQueries: [HostOffersQuery] });
export const useDecideHostOfferRequest = () =>
  useAction(DecideHostOfferRequestMutation, { refetchQueries: [HostOffersQuery] });
