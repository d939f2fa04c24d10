import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { isProgrammeId } from '../modules/national-programmes/programme-path';
import { NationalProgrammeDetail } from '../modules/national-programmes/components/NationalProgrammeDetail';

/** `/national-programmes/:programmeId` (the id of any revision) */
export function NationalProgrammePage() {
  const { programmeId } = useParams();
  if (!isProgrammeId(programmeId)) return <NotFoundNotice />;
  return <NationalProgrammeDetail key={programmeId} programmeId={programmeId} />;
}
