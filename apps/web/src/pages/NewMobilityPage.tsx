import { RequirePermission } from '../modules/session/components/RequirePermission';
import { NewMobility } from '../modules/study-visits/components/NewMobility';

/** `/mobilities/new`, or `?offer=&request=` to record an accepted host-offer request. */
export function NewMobilityPage() {
  return (
    <RequirePermission permission="mobility.record">
      <NewMobility />
    </RequirePermission>
  );
}
