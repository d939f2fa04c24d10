import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IMPORT_JOB_STATUSES, type ImportJobStatus as Status } from './import-job.entity';

export const ImportJobStatus = Object.fromEntries(IMPORT_JOB_STATUSES.map((s) => [s, s])) as { [K in Status]: K };
registerEnumType(ImportJobStatus, { name: 'ImportJobStatus' });

@ObjectType('ImportSummary')
export class ImportSummaryModel {
  @Field(() => Int) new!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType('ImportJob', { description: 'A tutor import running as a job: poll it for progress.' })
export class ImportJobModel {
  @Field(() => ID) id!: string;
  @Field(() => ImportJobStatus) status!: Status;
  @Field() countryCode!: string;
  @Field() fileName!: string;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) processedRows!: number;
  @Field(() => ImportSummaryModel, { nullable: true, description: 'Set when the import has succeeded.' })
  summary!: ImportSummaryModel | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
