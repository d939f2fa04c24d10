import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DATA_EXPORT_STATUSES, type DataExportStatus as DataExportStatusValue } from './data-export.entity';

export const DataExportStatus = Object.fromEntries(DATA_EXPORT_STATUSES.map((s) => [s, s])) as {
  [K in DataExportStatusValue]: K;
};
registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType('DataExport', { description: 'A copy of everything the platform holds about the signed-in person.' })
export class DataExportModel {
  @Field(() => ID) id!: string;
  @Field(() => DataExportStatus) status!: DataExportStatusValue;
  @Field(() => Int, { description: 'Percent done while the job gathers the data.' }) progress!: number;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'After this the link no longer works: ask again.' })
  expiresAt!: Date | null;
  @Field(() => Boolean) expired!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The ZIP (JSON + readable summary + files), for its owner only, while READY and not expired.',
  })
  downloadUrl!: string | null;
}
