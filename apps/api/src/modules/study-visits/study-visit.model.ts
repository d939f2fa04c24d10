import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MOBILITY_KINDS, PARTICIPANT_STATUSES } from './study-visit.entity';
import type { MobilityKind as Kind, ParticipantStatus as Status } from './study-visit.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const StudyVisitParticipantStatus = enumOf(PARTICIPANT_STATUSES);
registerEnumType(StudyVisitParticipantStatus, {
  name: 'StudyVisitParticipantStatus',
  description: 'APPLIED → SELECTED → WENT.',
});
export const MobilityKind = enumOf(MOBILITY_KINDS);
registerEnumType(MobilityKind, { name: 'MobilityKind' });

@ObjectType('StudyVisitPerson')
export class StudyVisitPersonModel {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Null where the viewer may not see it: only staff see every name, a tutor those who agreed to rosters.',
  })
  name!: string | null;
}

@ObjectType('StudyVisitParticipant')
export class StudyVisitParticipantModel {
  @Field(() => StudyVisitPersonModel) person!: StudyVisitPersonModel;
  @Field(() => StudyVisitParticipantStatus) status!: Status;
  @Field(() => String, { nullable: true, description: 'Their part of the shared report.' }) whatISaw!: string | null;
  @Field(() => String, { nullable: true }) whatIWillTransfer!: string | null;
}

@ObjectType('StudyVisitAgendaItem')
export class StudyVisitAgendaItemModel {
  @Field({ description: 'ISO date.' }) day!: string;
  @Field(() => String, { nullable: true }) time!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
}

@ObjectType('StudyVisitBudgetLine')
export class StudyVisitBudgetLineModel {
  @Field() label!: string;
  @Field(() => Float, { description: 'Euro.' }) amount!: number;
}

@ObjectType('StudyVisit', { description: 'A study visit with its hosts, agenda, participants and shared report.' })
export class StudyVisitModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'ISO alpha-2.' }) hostCountry!: string;
  @Field(() => [String]) hostOrganisations!: string[];
  @Field({ description: 'ISO date.' }) startsOn!: string;
  @Field({ description: 'ISO date.' }) endsOn!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [StudyVisitAgendaItemModel]) agenda!: StudyVisitAgendaItemModel[];
  @Field(() => [StudyVisitBudgetLineModel], { description: 'Optional budget lines.' })
  budget!: StudyVisitBudgetLineModel[];
  @Field(() => Float, { description: 'The sum of the budget lines, in euro.' }) budgetTotal!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The country whose coordinators plan the visit; null: a visit of the whole programme (ADMIN).',
  })
  organisedByCountry!: string | null;
  @Field({ description: 'Whether the viewer may change the plan (updateStudyVisit).' }) canEdit!: boolean;
  @Field(() => [StudyVisitParticipantModel]) participants!: StudyVisitParticipantModel[];
  @Field(() => String, { nullable: true }) reportSummary!: string | null;
  @Field(() => Date, { nullable: true }) reportPublishedAt!: Date | null;
  @Field(() => StudyVisitParticipantStatus, {
    nullable: true,
    description: 'The viewer’s own status, if they applied.',
  })
  myStatus!: Status | null;
}

@ObjectType('MobilityCount', { description: 'Mobilities of one kind from one country to another in one year.' })
export class MobilityCountModel {
  @Field(() => MobilityKind) kind!: Kind;
  @Field() fromCountry!: string;
  @Field() hostCountry!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) mobilities!: number;
  @Field(() => Int, { description: 'VET learners in group placements.' }) learners!: number;
}
