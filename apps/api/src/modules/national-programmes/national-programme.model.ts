import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ModuleKind as Kind } from '@tandem/shared-domain';
import { ModuleKind } from '../modules/module.model';
import { NATIONAL_PROGRAMME_STATUSES } from './national-programme.entity';
import type { NationalProgrammeStatus as Status } from './national-programme.entity';

export const NationalProgrammeStatus = Object.fromEntries(NATIONAL_PROGRAMME_STATUSES.map((s) => [s, s])) as {
  [K in Status]: K;
};
registerEnumType(NationalProgrammeStatus, {
  name: 'NationalProgrammeStatus',
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED with comments (editing makes it DRAFT again).',
});

@ObjectType('NationalProgrammeItem', {
  description: 'A module at its place in a national programme, with its published hours.',
})
export class NationalProgrammeItemModel {
  @Field(() => Int, { description: '1-based.' }) position!: number;
  @Field(() => ID) moduleId!: string;
  @Field() code!: string;
  @Field(() => ModuleKind) kind!: Kind;
  @Field(() => Int, { nullable: true, description: 'Joint modules: 1..3.' }) number!: number | null;
  @Field() title!: string;
  @Field({ description: 'True when the title is shown in English because the asked language has none.' })
  titleIsFallback!: boolean;
  @Field(() => Int, { description: 'The published version whose hours are counted.' }) moduleVersion!: number;
  @Field(() => Float) contactHours!: number;
  @Field(() => Float) selfStudyHours!: number;
  @Field(() => Float) totalHours!: number;
}

@ObjectType('NationalProgrammeRevision', { description: 'One revision in the history of a country’s programme.' })
export class NationalProgrammeRevisionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => NationalProgrammeStatus) status!: Status;
  @Field({ description: 'APPROVED and not superseded: the programme trainings follow now.' }) inForce!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Shown to the country’s editors and programme-wide readers only.',
  })
  returnComments!: string | null;
  @Field(() => Date, { nullable: true }) supersededAt!: Date | null;
}

@ObjectType('NationalProgramme', { description: 'A revision of a country’s national programme for an edition.' })
export class NationalProgrammeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field() countryCode!: string;
  @Field(() => Int) revision!: number;
  @Field(() => NationalProgrammeStatus) status!: Status;
  @Field({ description: 'APPROVED and not superseded: the programme trainings follow now.' }) inForce!: boolean;
  @Field(() => String, { nullable: true, description: 'What the admin asked to change the last time it was returned.' })
  returnComments!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was last approved or returned.' }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) supersededAt!: Date | null;
  @Field(() => Int, { description: 'Send this back as expectedLockVersion (optimistic locking).' })
  lockVersion!: number;
  @Field(() => [NationalProgrammeItemModel], { description: 'In order.' }) items!: NationalProgrammeItemModel[];
  @Field(() => Float) totalContactHours!: number;
  @Field(() => Float) totalSelfStudyHours!: number;
  @Field(() => Float) totalHours!: number;
  @Field({ description: 'Whether the viewer may change it (a change to an approved one starts a new revision).' })
  canEdit!: boolean;
  @Field({ description: 'Whether the viewer may submit it now.' }) canSubmit!: boolean;
  @Field({ description: 'Whether the viewer may approve or return it now.' }) canDecide!: boolean;
  @Field(() => [NationalProgrammeRevisionModel], { description: 'Every revision the viewer may see, newest first.' })
  revisions!: NationalProgrammeRevisionModel[];
}
